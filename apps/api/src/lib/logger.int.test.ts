// One log line per request (who, what, status, time) and no personal data in the logs.
import { Writable } from 'node:stream';
import { DEMO_USERNAMES } from '../demo/personas';
import { startTestServer } from '../test-support/test-server';
import { createLogger } from './logger';

jest.setTimeout(60_000);

it('writes one line per request without names, cookies or bodies', async () => {
  const lines: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(...chunk.toString().split('\n').filter(Boolean));
      done();
    },
  });
  const server = await startTestServer({}, createLogger('info', sink));
  try {
    const citizen = await server.signIn(DEMO_USERNAMES.citizen);
    const { actingFor } = await citizen.data('query { actingFor { id name } }');
    await citizen.data('query ($p: ID!) { plan(personId: $p) { whatIsImportant goals { description } } }', { p: actingFor[0].id });
    await new Promise((resolve) => setImmediate(resolve));

    const requests = lines.map((line) => JSON.parse(line) as Record<string, unknown>).filter((entry) => entry.msg === 'request');
    expect(requests.map((entry) => [entry.method, entry.route, entry.status])).toEqual([
      ['POST', '/auth/demo-login', 200],
      ['POST', '/graphql', 200],
      ['POST', '/graphql', 200],
    ]);
    for (const entry of requests.slice(1)) {
      expect(entry).toMatchObject({ role: 'CITIZEN', userId: expect.any(String), requestId: expect.any(String), ms: expect.any(Number) });
    }
    const everything = lines.join('\n');
    for (const secret of ['Sofie', 'Berg', 'samhandling_session', actingFor[0].id, 'whatIsImportant']) {
      expect(everything).not.toContain(secret);
    }
  } finally {
    await server.close();
  }
});
