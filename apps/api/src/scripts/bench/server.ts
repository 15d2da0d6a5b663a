// The benchmark's server processes (forked by run.ts), answering its requests over IPC:
// - `api`: the API as in production (NODE_ENV production, so no introspection and info-level
//   request logs; demo sign-in on). On PGlite the baselines run here too: only this process can
//   open the embedded database.
// - `baselines`: on PostgreSQL, the baselines' servers in a process of their own, so the API
//   process's memory and event loop are the API's alone.
import 'reflect-metadata';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { loadConfig } from '../../config/config';
import { openConfiguredDatabase, type Database } from '../../lib/db';
import { tuneV8 } from '../../lib/v8-tuning';
import { startServer } from '../../server';
import { startBaselines, type BaselineServers } from './baselines/servers';
import { median } from './measure';
import type { Counted, Envelope, Ready, Reply, Request, Stats } from './protocol';

const ms = (nanoseconds: number) => nanoseconds / 1e6;

interface Started {
  database: Database;
  apiUrl?: string;
  baselines?: BaselineServers;
  close(): Promise<void>;
}

async function start(role: 'api' | 'baselines'): Promise<Started> {
  const config = loadConfig({ ...process.env, NODE_ENV: 'production', DEMO_LOGIN: '1', PORT: '0', HOST: '127.0.0.1' });
  if (role === 'baselines') {
    const database = await openConfiguredDatabase(config);
    const baselines = await startBaselines(database, config);
    const close = async () => {
      await baselines.close();
      await database.close();
    };
    return { database, baselines, close };
  }
  // The V8 settings main.ts applies, so the API's memory and speed are production's.
  tuneV8();
  const server = await startServer(config);
  const baselines = server.database.kind === 'pglite' ? await startBaselines(server.database, config) : undefined;
  const close = async () => {
    await baselines?.close();
    await server.close();
  };
  return { database: server.database, apiUrl: server.url, baselines, close };
}

async function main() {
  const role = process.argv[2] === 'baselines' ? 'baselines' : 'api';
  const { database, apiUrl, baselines, close } = await start(role);
  const [version] = await database.sql.query<{ server_version: string }>('SHOW server_version');
  // Event-loop delay while the full stack is timed: the monitor runs throughout (switching it
  // off and on would count the pause as one long delay) and is read per timed run.
  const loop = monitorEventLoopDelay({ resolution: 10 });
  loop.enable();
  const windows: Array<{ p50: number; p99: number; max: number }> = [];

  const handle = async (request: Request): Promise<unknown> => {
    switch (request.type) {
      case 'countStatements': {
        const { result, statements } = await database.statements.record(async () => {
          const response = await fetch(request.url, {
            method: 'POST',
            headers: { 'content-type': 'application/json', cookie: request.cookie },
            body: request.body,
          });
          return (await response.json()) as { errors?: unknown };
        });
        if (result.errors) throw new Error(`counting statements: ${JSON.stringify(result.errors)}`);
        return { count: statements.length, statements } satisfies Counted;
      }
      case 'setConstant':
        baselines?.setConstant(request.data);
        return null;
      case 'eventLoop':
        if (request.measure) loop.reset();
        else windows.push({ p50: ms(loop.percentile(50)), p99: ms(loop.percentile(99)), max: ms(loop.max) });
        return null;
      case 'stats': {
        const memory = process.memoryUsage();
        // Then after a full collection (run.ts starts this process with --expose-gc), to tell
        // what is kept from what was not collected yet.
        (globalThis as { gc?: () => void }).gc?.();
        const collected = process.memoryUsage();
        return {
          rssBytes: memory.rss,
          maxRssBytes: process.resourceUsage().maxRSS * 1024,
          heapUsedBytes: memory.heapUsed,
          rssAfterGcBytes: collected.rss,
          heapUsedAfterGcBytes: collected.heapUsed,
          eventLoopP50Ms: median(windows.map((window) => window.p50)),
          eventLoopP99Ms: median(windows.map((window) => window.p99)),
          eventLoopMaxMs: Math.max(0, ...windows.map((window) => window.max)),
        } satisfies Stats;
      }
      case 'stop':
        await close();
        return null;
    }
  };

  // The benchmark disconnects when it is done, or when it dies.
  process.on('disconnect', () => process.exit(0));
  process.on('message', (message: Envelope) => {
    handle(message.request).then(
      (result) => process.send!({ id: message.id, result } satisfies Reply),
      (error: unknown) => process.send!({ id: message.id, error: error instanceof Error ? error.message : String(error) } satisfies Reply),
    );
  });
  process.send!({
    type: 'ready',
    apiUrl,
    sqlUrl: baselines?.sqlUrl,
    apolloUrl: baselines?.apolloUrl,
    databaseKind: database.kind,
    databaseVersion: version?.server_version ?? 'unknown',
  } satisfies Ready);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
