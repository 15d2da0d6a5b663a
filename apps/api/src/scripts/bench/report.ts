// The benchmark's figures as a Markdown table, the budgets (met or not), and docs/performance.md.
import os from 'node:os';
import type { Summary, Settings } from './measure';
import { HOT_OPERATIONS, type HotOperation, type OperationKey } from './operations';
import type { Stats } from './protocol';

export type TargetKind = 'full' | 'sql' | 'sqlObliged' | 'apollo';

export const TARGET_LABELS: Record<TargetKind, string> = {
  full: 'full stack (GraphQL)',
  sql: 'hand-written SQL',
  sqlObliged: 'SQL + obligations',
  apollo: 'Fastify + Apollo, constant',
};

const BUDGET_BASELINES: Partial<Record<TargetKind, string>> = {
  sqlObliged: 'the hand-written endpoint with obligations (req/s)',
  apollo: 'the bare Fastify + Apollo server (req/s)',
};

export interface TargetResult {
  kind: TargetKind;
  summary: Summary;
  statements: number;
}

export interface OperationResult {
  operation: HotOperation;
  targets: TargetResult[];
}

export interface Environment {
  date: string;
  databaseKind: 'pglite' | 'postgres';
  databaseVersion: string;
  settings: Settings;
  quick: boolean;
  loadAverage: number[];
  note?: string;
}

export interface Budget {
  text: string;
  figure: string;
  /** null: does not apply to this run (RSS on PGlite). */
  met: boolean | null;
}

const MB = 1_000_000;
const fixed = (value: number, digits = 0) => value.toFixed(digits);
const percent = (part: number, whole: number) => (whole > 0 ? (100 * part) / whole : NaN);

const find = (results: OperationResult[], key: OperationKey, kind: TargetKind) =>
  results.find((result) => result.operation.key === key)?.targets.find((target) => target.kind === kind);

/** Full stack as a share of a baseline's req/s. */
function share(results: OperationResult[], key: OperationKey, baseline: TargetKind): number {
  const full = find(results, key, 'full');
  const base = find(results, key, baseline);
  return full && base ? percent(full.summary.requestsPerSecond, base.summary.requestsPerSecond) : NaN;
}

export function budgets(results: OperationResult[], stats: Stats, databaseKind: Environment['databaseKind']): Budget[] {
  const ratio = (key: OperationKey, baseline: TargetKind, min: number, what: string): Budget => {
    const value = share(results, key, baseline);
    return { text: `${what}: ≥ ${min} % of ${BUDGET_BASELINES[baseline]}`, figure: `${fixed(value, 1)} %`, met: value >= min };
  };
  const statements = (key: OperationKey, max: number, what: string): Budget => {
    const count = find(results, key, 'full')?.statements ?? NaN;
    return { text: `${what}: ≤ ${max} SQL statement${max === 1 ? '' : 's'}`, figure: String(count), met: count <= max };
  };
  return [
    ratio('plan', 'sqlObliged', 25, 'plan read'),
    ratio('referrals', 'sqlObliged', 25, 'KE inbox'),
    ratio('me', 'apollo', 50, '`me`'),
    statements('me', 1, '`me`'),
    statements('plan', 5, 'plan read'),
    statements('referrals', 4, 'KE inbox'),
    {
      text: 'API process RSS < 300 MB after the benchmark on PostgreSQL',
      figure: `${fixed(stats.rssBytes / MB)} MB`,
      met: databaseKind === 'postgres' ? stats.rssBytes < 300 * MB : null,
    },
  ];
}

const row = (cells: string[]) => `| ${cells.join(' | ')} |`;
// autocannon records latency in whole milliseconds.
const milliseconds = (value: number) => (value < 1 ? '< 1' : fixed(value));

export function figuresTable(results: OperationResult[]): string {
  const lines = [
    row(['Operation', 'Served by', 'req/s', 'full stack as % of it', 'p50 ms', 'p99 ms', 'SQL statements']),
    row(['---', '---', '---:', '---:', '---:', '---:', '---:']),
  ];
  for (const { operation, targets } of results) {
    const full = targets.find((target) => target.kind === 'full');
    for (const target of targets) {
      const { summary } = target;
      const ratio = target.kind === 'full' || !full ? '' : `${fixed(percent(full.summary.requestsPerSecond, summary.requestsPerSecond), 1)} %`;
      lines.push(
        row([
          target.kind === 'full' ? operation.label : '',
          TARGET_LABELS[target.kind] + (summary.failures > 0 ? ` (${summary.failures} failed)` : ''),
          fixed(summary.requestsPerSecond),
          ratio,
          milliseconds(summary.p50Ms),
          milliseconds(summary.p99Ms),
          String(target.statements),
        ]),
      );
    }
  }
  return lines.join('\n');
}

export function budgetsTable(list: Budget[]): string {
  return [
    row(['Budget', 'Figure', 'Met']),
    row(['---', '---:', '---']),
    ...list.map((budget) => row([budget.text, budget.figure, budget.met === null ? 'n/a' : budget.met ? 'yes' : '**no**'])),
  ].join('\n');
}

export function processLines(stats: Stats): string[] {
  return [
    `API process after the benchmark: RSS ${fixed(stats.rssBytes / MB)} MB (peak ${fixed(stats.maxRssBytes / MB)} MB), heap used ${fixed(stats.heapUsedBytes / MB)} MB; ` +
      `after a full garbage collection: RSS ${fixed(stats.rssAfterGcBytes / MB)} MB, heap used ${fixed(stats.heapUsedAfterGcBytes / MB)} MB.`,
    `Event-loop delay while the full stack was timed (median of its runs): p50 ${fixed(stats.eventLoopP50Ms, 1)} ms, ` +
      `p99 ${fixed(stats.eventLoopP99Ms, 1)} ms; the longest ${fixed(stats.eventLoopMaxMs, 1)} ms.`,
  ];
}

export function machineLines(environment: Environment): string[] {
  const cpus = os.cpus();
  const database = environment.databaseKind === 'postgres' ? `PostgreSQL ${environment.databaseVersion}` : `PGlite (PostgreSQL ${environment.databaseVersion})`;
  return [
    `- Date: ${environment.date}`,
    `- CPU: ${cpus.length} × ${cpus[0]?.model.trim() ?? 'unknown'}`,
    `- Memory: ${fixed(os.totalmem() / 2 ** 30, 1)} GiB`,
    `- OS: ${os.type()} ${os.arch()}; load average at the start ${environment.loadAverage.map((load) => fixed(load, 2)).join(', ')}`,
    `- Node.js ${process.version}; database: ${database}`,
    `- autocannon: ${environment.settings.connections} connections on loopback; warm-up ${environment.settings.warmup} s per target; ` +
      `${environment.settings.runs} × ${environment.settings.duration} s runs per target, taking turns; medians of the runs` +
      (environment.quick ? ' (quick mode: rough figures)' : ''),
  ];
}

/** docs/performance.md: what is measured, how to run it, and this run's figures and budgets. */
export function performanceDoc(results: OperationResult[], stats: Stats, environment: Environment): string {
  return `# Performance

The API should be fast by construction: a hot read costs a few SQL statements, whatever the
number of rows, and the GraphQL stack keeps a fair share of what a hand-written endpoint does.
\`pnpm bench\` measures it; the statement counts are also tested (\`apps/api/src/statement-count.int.test.ts\`:
the same number of statements for 1 row and for 50, on both databases).

## What is measured

For each hot operation, the web app's own GraphQL document (as Apollo Client sends it, with
\`__typename\`) is sent by its demo user:

| Operation | User | Web document |
| --- | --- | --- |
${HOT_OPERATIONS.map((operation) => row([operation.label, operation.username, `\`${operation.document}\``])).join('\n')}

Each is served by:

- **full stack**: the API as in production (\`NODE_ENV=production\`: no introspection, request
  logs at info; demo sign-in on), through Fastify, Apollo, the policy and Prisma;
- **hand-written SQL**: one SQL statement that returns the same JSON, for a viewer known in
  advance (no session, rule or access log);
- **SQL + obligations**: one SQL statement that also does what the API must: finds the session
  by the hash of the cookie's token (expiry, active user, role held, renewal), applies the
  access rule, and writes the access-log rows;
- for \`me\`, a **bare Fastify + Apollo server** on the same schema answering a constant.

The baselines are in \`apps/api/src/scripts/bench/baselines/\`, one file per operation, written
against the current schema: a change to what the API answers for these documents needs the same
change there (\`baselines.int.test.ts\` fails until then). Each variant is a Fastify server
taking the same request as \`/graphql\`. On PostgreSQL they run in a process of their own, as
named prepared statements (planned once per connection, as a hand-written endpoint would) on a
pool of the API's size; Prisma sends unnamed statements, which PostgreSQL plans every time. On
PGlite they run in the API's process, on its instance (only that process can open it), so there
the process's memory includes them. The load comes from a third process. Before timing, the
benchmark checks that every baseline answers exactly the full stack's \`data\` (and exits
non-zero if not), and counts each target's SQL statements (\`Database.statements\`). The API
process's memory is read after the benchmark, its event-loop delay during the full stack's runs.

## Running it

\`\`\`sh
npx --yes pnpm@10.34.8 build
npx --yes pnpm@10.34.8 bench                  # PostgreSQL: a throwaway database on postgresql://postgres@127.0.0.1:5432
DATABASE_URL=postgresql://... npx --yes pnpm@10.34.8 bench   # an existing database (seeded if empty; it gets sessions and access-log rows)
npx --yes pnpm@10.34.8 bench --pglite         # the embedded database, in a temporary folder
npx --yes pnpm@10.34.8 bench --quick          # short runs, to check that it works
npx --yes pnpm@10.34.8 bench --write-doc      # also rewrite this file
\`\`\`

\`BENCH_CONNECTIONS\` (10), \`BENCH_DURATION\` (seconds per run, 5), \`BENCH_RUNS\` (5) and
\`BENCH_WARMUP\` (seconds, 3) tune it; \`BENCH_POSTGRES_URL\` names the server for the throwaway
database; \`BENCH_NOTE\` adds a note below. The benchmark exits 0 when a budget is missed (it
reports figures), and non-zero when a baseline's data differs from the full stack's.

## Budgets

- plan read and KE inbox: at least 25 % of the hand-written endpoint with obligations;
- \`me\`: at least 50 % of the bare Fastify + Apollo server;
- SQL statements: \`me\` at most 1, plan read at most 5, KE inbox at most 4;
- the API process under 300 MB RSS after the benchmark on PostgreSQL.

## Last run

${machineLines(environment).join('\n')}
${environment.note ? `\n${environment.note}\n` : ''}
${figuresTable(results)}

${processLines(stats).join('\n')}

${budgetsTable(budgets(results, stats, environment.databaseKind))}
`;
}
