// Timing with autocannon over loopback: a warm-up per target, then runs that take turns between
// the targets of an operation (A, B, C, A, B, C ...), summarised by their medians.
import autocannon from 'autocannon';

export interface Settings {
  connections: number;
  /** Seconds per timed run. */
  duration: number;
  runs: number;
  /** Seconds of warm-up per target. */
  warmup: number;
}

/** Settings from the environment; quick mode is for checking that the benchmark works. */
export function settingsFrom(env: NodeJS.ProcessEnv, quick: boolean): Settings {
  const number = (name: string, fallback: number) => {
    const value = Number(env[name]);
    return env[name] && Number.isFinite(value) && value > 0 ? value : fallback;
  };
  return {
    connections: number('BENCH_CONNECTIONS', 10),
    duration: number('BENCH_DURATION', quick ? 2 : 5),
    runs: number('BENCH_RUNS', quick ? 3 : 5),
    warmup: number('BENCH_WARMUP', quick ? 1 : 3),
  };
}

/**
 * Requests that change from one to the next: saves, each from the saved record's current version.
 * Each connection saves a record of its own, so no two saves race and every one goes through.
 */
export interface WriteLoad {
  /** How many records there are: at most as many connections. */
  records: number;
  /**
   * Learns the records' current versions. Called before each warm-up and run (a run's last
   * requests are cut off, and may yet be saved) and before a request sent on its own.
   */
  prepare(): Promise<void>;
  /** The body of a connection's next request (connection 0 for a request on its own). */
  body(connection: number): string;
  /** Learns from an answer to that connection; false when the save did not go through. */
  answered(connection: number, status: number, body: string): boolean;
}

export interface Target {
  name: string;
  url: string;
  headers: Record<string, string>;
  /** The request's body; a write's come from `load`. */
  body: string;
  load?: WriteLoad;
}

/** The body of a request sent on its own (counted, or checked): a write's, from the current versions. */
export async function bodyNow(target: Target): Promise<string> {
  if (!target.load) return target.body;
  await target.load.prepare();
  return target.load.body(0);
}

export interface Run {
  /** The connections used: fewer than asked for a write with fewer records. */
  connections: number;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  /** Non-2xx answers, connection errors and timeouts; for a write, also answers with errors. */
  failures: number;
}

export interface Summary extends Run {
  runs: number;
}

async function fire(target: Target, connections: number, duration: number): Promise<Run> {
  const { load } = target;
  await load?.prepare();
  const used = load ? Math.min(connections, load.records) : connections;
  let refused = 0;
  let nextConnection = 0;
  // A write's connections each get their own request, whose body is made anew for every save.
  const setupClient = (client: autocannon.Client) => {
    const connection = nextConnection++;
    client.setRequests([
      {
        method: 'POST',
        headers: target.headers,
        setupRequest: (request) => ({ ...request, body: load!.body(connection) }),
        onResponse: (status, body) => {
          if (!load!.answered(connection, status, body)) refused += 1;
        },
      },
    ]);
  };
  return new Promise((resolve, reject) => {
    autocannon(
      { url: target.url, method: 'POST', headers: target.headers, body: target.body, connections: used, duration, ...(load ? { setupClient } : {}) },
      (error, result) => {
        if (error) return reject(error);
        resolve({
          connections: used,
          requestsPerSecond: result.requests.average,
          p50Ms: result.latency.p50,
          p99Ms: result.latency.p99,
          // A refused save is answered 200, with errors: `answered` tells (a non-2xx answer too).
          failures: (load ? refused : result.non2xx) + result.errors + result.timeouts,
        });
      },
    );
  });
}

export const median = (values: number[]) => {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

/**
 * Warms every target up, then times them in turns. `around` is called before and after each
 * timed run of a target (the event-loop monitor follows the full stack's runs).
 */
export async function timeInTurns(
  targets: Target[],
  settings: Settings,
  around: (target: Target, phase: 'start' | 'end') => Promise<void> = async () => undefined,
): Promise<Map<string, Summary>> {
  for (const target of targets) await fire(target, settings.connections, settings.warmup);
  const runs = new Map<string, Run[]>(targets.map((target) => [target.name, []]));
  for (let round = 0; round < settings.runs; round += 1) {
    for (const target of targets) {
      await around(target, 'start');
      const run = await fire(target, settings.connections, settings.duration);
      await around(target, 'end');
      runs.get(target.name)!.push(run);
    }
  }
  return new Map(
    [...runs].map(([name, list]) => [
      name,
      {
        runs: list.length,
        connections: list[0]?.connections ?? settings.connections,
        requestsPerSecond: median(list.map((run) => run.requestsPerSecond)),
        p50Ms: median(list.map((run) => run.p50Ms)),
        p99Ms: median(list.map((run) => run.p99Ms)),
        failures: list.reduce((sum, run) => sum + run.failures, 0),
      },
    ]),
  );
}
