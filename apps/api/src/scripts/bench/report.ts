// The benchmark's figures as a Markdown table, the budgets (met or not), and docs/performance.md.
import os from 'node:os';
import type { Summary, Settings } from './measure';
import type { HotOperation, OperationKey } from './operations';
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
  /** null: does not apply to this run (the RSS budget of the other database). */
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
    const text = `${what}: ≤ ${max} SQL statement${max === 1 ? '' : 's'}`;
    const full = find(results, key, 'full');
    // Not timed in this run (a write, on a database given by DATABASE_URL).
    if (!full) return { text, figure: '–', met: null };
    return { text, figure: String(full.statements), met: full.statements <= max };
  };
  // Counted on a signed-in session's later requests, as the timed ones are: the session is cached.
  const rss = (kind: Environment['databaseKind'], max: number, what: string): Budget => ({
    text: `API process RSS < ${max} MB after the benchmark on ${what}`,
    figure: databaseKind === kind ? `${fixed(stats.rssBytes / MB)} MB` : '–',
    met: databaseKind === kind ? stats.rssBytes < max * MB : null,
  });
  return [
    ratio('plan', 'sqlObliged', 25, 'plan read'),
    ratio('referrals', 'sqlObliged', 25, 'KE inbox'),
    ratio('me', 'apollo', 50, '`me`'),
    statements('me', 0, '`me` (the session cached)'),
    statements('plan', 5, 'plan read'),
    statements('referrals', 4, 'KE inbox'),
    statements('case', 8, 'KE case page'),
    statements('planEditor', 7, "plan read (coordinator's editor)"),
    statements('goalSave', 15, 'goal save'),
    statements('meeting', 7, 'meeting (coordinator)'),
    rss('postgres', 300, 'PostgreSQL'),
    rss('pglite', 400, 'PGlite'),
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
      // A write uses one connection per record it saves: say so when that is fewer than the others'.
      const label = operation.write && summary.connections ? `${operation.label}, ${summary.connections} connections` : operation.label;
      lines.push(
        row([
          target.kind === 'full' ? label : '',
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

export const GENERATED_START = '<!-- pnpm bench --write-doc writes from here -->';
export const GENERATED_END = '<!-- to here -->';

/** The run's section of docs/performance.md: the machine, the operations, figures and budgets. */
export function lastRunSection(results: OperationResult[], stats: Stats, environment: Environment): string {
  return `${machineLines(environment).join('\n')}
${environment.note ? `\n${environment.note}\n` : ''}
${figuresTable(results)}

${processLines(stats).join('\n')}

${budgetsTable(budgets(results, stats, environment.databaseKind))}`;
}

/** The document with its generated section replaced; the prose around it is left as written. */
export function withLastRun(document: string, section: string): string {
  const start = document.indexOf(GENERATED_START);
  const end = document.indexOf(GENERATED_END);
  if (start === -1 || end < start) throw new Error(`docs/performance.md has lost its markers: ${GENERATED_START} ... ${GENERATED_END}`);
  return `${document.slice(0, start + GENERATED_START.length)}\n\n${section}\n\n${document.slice(end)}`;
}
