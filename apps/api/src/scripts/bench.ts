// Benchmark: start the server on a fresh database with the demo municipality, then measure
// start-up, sign-in and the role home views over HTTP. Prints figures; asserts nothing.
//   node apps/api/dist/scripts/bench.js                 embedded PGlite (in memory)
//   DATABASE_URL=postgresql://... node apps/api/dist/scripts/bench.js   PostgreSQL (empty database)
import 'reflect-metadata';
import { performance } from 'node:perf_hooks';
import { loadConfig } from '../config/config';
import { openDatabase } from '../lib/db';
import { createLogger } from '../lib/logger';
import { startServer } from '../server';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 200);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 8);

const VIEWS: Array<{ username: string; query: string }> = [
  { username: 'kari.ke', query: 'query { keOverview { activePlans } referrals { id person { name } } }' },
  { username: 'ola.leder', query: 'query { myUnits { name coordinators { name activeAssignments } } }' },
  { username: 'ingrid.koordinator', query: 'query { myCaseload { person { id name } planStatus nextMeetingAt } }' },
  { username: 'per.lege', query: 'query { myParticipation { person { name } hasAccess myMeasures { id } } }' },
  { username: 'sofie.borger', query: 'query { actingFor { id } }' },
];

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

async function main() {
  const started = performance.now();
  const config = loadConfig({ ...process.env, PORT: '0', DEMO_LOGIN: '1', WEB_DIST: '/nonexistent', LOG_LEVEL: 'silent' });
  const database = await openDatabase({ databaseUrl: config.databaseUrl });
  const server = await startServer(config, { database, log: createLogger('silent') });
  const startupMs = performance.now() - started;
  const base = server.url;

  const cookies = new Map<string, string>();
  const signInTimes: number[] = [];
  for (const { username } of VIEWS) {
    const t = performance.now();
    const response = await fetch(`${base}/auth/demo-login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username }),
    });
    signInTimes.push(performance.now() - t);
    cookies.set(username, (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '');
  }

  console.log(`database: ${database.kind}; start-up with migrations and demo seed: ${startupMs.toFixed(0)} ms`);
  console.log(`sign-in: ${(signInTimes.reduce((a, b) => a + b, 0) / signInTimes.length).toFixed(1)} ms on average`);
  console.log(`view                                   p50 ms  p95 ms  max ms  req/s (${ROUNDS} requests, ${CONCURRENCY} at a time)`);
  for (const { username, query } of VIEWS) {
    const times: number[] = [];
    const body = JSON.stringify({ query });
    const headers = { 'content-type': 'application/json', cookie: cookies.get(username)! };
    const t0 = performance.now();
    let next = 0;
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next < ROUNDS) {
          next += 1;
          const t = performance.now();
          const response = await fetch(`${base}/graphql`, { method: 'POST', headers, body });
          const json = (await response.json()) as { errors?: unknown };
          if (json.errors) throw new Error(`${username}: ${JSON.stringify(json.errors)}`);
          times.push(performance.now() - t);
        }
      }),
    );
    const seconds = (performance.now() - t0) / 1000;
    times.sort((a, b) => a - b);
    const name = `${username} ${query.slice(8, 30)}`.padEnd(38);
    console.log(
      `${name} ${percentile(times, 50).toFixed(1).padStart(6)}  ${percentile(times, 95).toFixed(1).padStart(6)}  ${times[times.length - 1]!.toFixed(1).padStart(6)}  ${(times.length / seconds).toFixed(0).padStart(5)}`,
    );
  }
  const memory = process.memoryUsage();
  console.log(`memory: rss ${(memory.rss / 2 ** 20).toFixed(0)} MiB, heap used ${(memory.heapUsed / 2 ** 20).toFixed(0)} MiB`);
  const logged = await database.prisma.accessLogEntry.count();
  console.log(`access-log entries written: ${logged}`);
  await server.close();
  await database.close();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
