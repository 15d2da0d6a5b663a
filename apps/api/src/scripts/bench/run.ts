// `pnpm bench`: the hot reads, and a save of the plan editor, through the full stack against
// hand-written SQL endpoints (with and without the API's obligations) and, for `me`, a bare
// Fastify + Apollo server. See
// docs/performance.md. The API and the baselines run in child processes (server.ts); this
// process drives autocannon, so the load generator does not share a server's event loop.
//   node apps/api/dist/scripts/bench/run.js [--pglite] [--quick] [--write-doc]
import { fork, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { osloToday } from '@samhandling/shared';
import pg from 'pg';
import { bodyNow, settingsFrom, timeInTurns } from './measure';
import { HOT_OPERATIONS } from './operations';
import type { Counted, Envelope, Ready, Reply, Request, Stats } from './protocol';
import {
  budgets,
  budgetsTable,
  figuresTable,
  machineLines,
  lastRunSection,
  withLastRun,
  processLines,
  TARGET_LABELS,
  type Environment,
  type OperationResult,
  type TargetKind,
} from './report';
import { baselineMismatches, prepareTargets, type Prepared, type Urls } from './targets';

const DOC = path.resolve(__dirname, '../../../../../docs/performance.md');
const ADMIN_URL = process.env.BENCH_POSTGRES_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';

/** Where the API keeps its data for this run, and how to clean up after. */
interface Storage {
  env: NodeJS.ProcessEnv;
  /** The benchmark's own database, dropped after: the writes may change it. */
  own: boolean;
  drop(): Promise<void>;
}

async function storage(pglite: boolean): Promise<Storage> {
  const { DATABASE_URL: given, ...rest } = process.env;
  if (pglite) {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'samhandling-bench-'));
    return { env: { ...rest, DATA_DIR: dataDir }, own: true, drop: async () => rmSync(dataDir, { recursive: true, force: true }) };
  }
  if (given) return { env: process.env, own: false, drop: async () => undefined };
  const name = `samhandling_bench_${process.pid}`;
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: ADMIN_URL });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin(`CREATE DATABASE ${name}`);
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return { env: { ...rest, DATABASE_URL: url.toString() }, own: true, drop: () => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}

/** The server process, and requests to it over IPC. */
class ServerProcess {
  private nextId = 1;
  private readonly pending = new Map<number, { resolve(value: unknown): void; reject(error: Error): void }>();

  private constructor(
    private readonly child: ChildProcess,
    readonly ready: Ready,
  ) {
    child.on('message', (reply: Reply) => {
      const waiting = this.pending.get(reply.id);
      this.pending.delete(reply.id);
      if (reply.error) waiting?.reject(new Error(reply.error));
      else waiting?.resolve(reply.result);
    });
  }

  static start(env: NodeJS.ProcessEnv, role: 'api' | 'baselines'): Promise<ServerProcess> {
    // The request log (info level in production) is written as in production, and discarded.
    const child = fork(path.join(__dirname, 'server.js'), [role], {
      env,
      execArgv: [...process.execArgv, '--expose-gc'],
      stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    });
    return new Promise((resolve, reject) => {
      child.once('message', (message: Ready) => resolve(new ServerProcess(child, message)));
      child.once('exit', (code) => reject(new Error(`the server process stopped (exit code ${code})`)));
    });
  }

  ask<T>(request: Request): Promise<T> {
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      this.child.send({ id, request } satisfies Envelope);
    });
  }

  async stop(): Promise<void> {
    await this.ask({ type: 'stop' }).catch(() => undefined);
    if (this.child.connected) this.child.disconnect();
    if (this.child.exitCode === null) await new Promise((resolve) => this.child.once('exit', resolve));
  }
}

async function main() {
  const args = new Set(process.argv.slice(2));
  const quick = args.has('--quick') || process.env.BENCH_QUICK === '1';
  const settings = settingsFrom(process.env, quick);
  const loadAverage = os.loadavg();
  const store = await storage(args.has('--pglite'));
  let api: ServerProcess | undefined;
  let baselineProcess: ServerProcess | undefined;
  try {
    api = await ServerProcess.start(store.env, 'api');
    // On PostgreSQL the baselines get a process of their own; on PGlite they share the API's.
    baselineProcess = api.ready.sqlUrl ? api : await ServerProcess.start(store.env, 'baselines');
    const urls: Urls = { apiUrl: api.ready.apiUrl!, sqlUrl: baselineProcess.ready.sqlUrl!, apolloUrl: baselineProcess.ready.apolloUrl! };
    const serverOf = (kind: TargetKind) => (kind === 'full' ? api! : baselineProcess!);
    const { databaseKind, databaseVersion } = api.ready;
    console.log(`Benchmark on ${databaseKind} ${databaseVersion}${quick ? ' (quick mode)' : ''}`);

    // The writes change the plan and its history (kept for good: the table is append-only), so
    // they are timed on the benchmark's own database only, after the reads.
    const operations = store.own ? HOT_OPERATIONS : HOT_OPERATIONS.filter((operation) => !operation.write);
    const skipped = HOT_OPERATIONS.filter((operation) => !operations.includes(operation));
    if (skipped.length > 0) console.log(`Not timed on a database given by DATABASE_URL (they write to it): ${skipped.map((operation) => operation.label).join(', ')}.`);
    const prepared: Prepared[] = [];
    for (const operation of operations) prepared.push(await prepareTargets(urls, operation));
    const setConstant = async (data: unknown) => {
      await baselineProcess!.ask({ type: 'setConstant', data });
    };
    const problems: string[] = [];
    for (const each of prepared) problems.push(...(await baselineMismatches(each, setConstant)));
    if (problems.length > 0) {
      console.error(`A baseline answers other data than the full stack:\n- ${problems.join('\n- ')}`);
      process.exitCode = 1;
      return;
    }
    console.log('Every baseline answers the full stack’s data.');

    // Every target's statements are counted before any is timed: the sessions signed in above are
    // renewed (read and written again) five minutes on, which a count after a long run would include.
    const counted = new Map<Prepared, Map<TargetKind, Counted>>();
    for (const each of prepared) {
      const counts = new Map<TargetKind, Counted>();
      for (const target of each.targets) {
        const request = { type: 'countStatements', url: target.url, cookie: target.headers.cookie!, body: await bodyNow(target) } as const;
        counts.set(target.kind, await serverOf(target.kind).ask<Counted>(request));
      }
      counted.set(each, counts);
    }

    const results: OperationResult[] = [];
    for (const each of prepared) {
      const { operation, targets } = each;
      const counts = counted.get(each)!;
      console.log(`${operation.label}: timing ${targets.map((target) => TARGET_LABELS[target.kind]).join(', ')} ...`);
      const summaries = await timeInTurns(targets, settings, async (target, phase) => {
        if (target.name.endsWith(':full')) await api!.ask({ type: 'eventLoop', measure: phase === 'start' });
      });
      results.push({
        operation,
        targets: targets.map((target) => ({ kind: target.kind, summary: summaries.get(target.name)!, statements: counts.get(target.kind)!.count })),
      });
    }

    const stats = await api.ask<Stats>({ type: 'stats' });
    const environment: Environment = {
      date: osloToday(),
      databaseKind,
      databaseVersion,
      settings,
      quick,
      loadAverage,
      note: process.env.BENCH_NOTE,
    };
    console.log(`\n${machineLines(environment).join('\n')}\n\n${figuresTable(results)}\n\n${processLines(stats).join('\n')}\n`);
    console.log(budgetsTable(budgets(results, stats, databaseKind)));
    if (results.some((result) => result.targets.some((target) => target.summary.failures > 0))) {
      console.log('\nSome requests failed during timing (see the table): the figures are not reliable.');
    }
    if (args.has('--write-doc')) {
      writeFileSync(DOC, withLastRun(readFileSync(DOC, 'utf8'), lastRunSection(results, stats, environment)));
      console.log(`\nWrote ${path.relative(process.cwd(), DOC)}`);
    }
  } finally {
    if (baselineProcess !== api) await baselineProcess?.stop();
    await api?.stop();
    await store.drop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
