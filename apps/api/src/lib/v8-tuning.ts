// V8 settings that keep the API process small, applied by the process itself at start so that
// `node apps/api/dist/main.js` gets them with no flags on the command line. Both are read by V8
// when it needs them (at each full garbage collection, when WebAssembly is compiled), so setting
// them at run time, before the server starts, takes effect. Figures in docs/performance.md#memory.
import v8 from 'node:v8';

export const V8_TUNING = [
  // The old generation may grow to 1.3 × what the last full collection kept before the next one.
  // V8's default lets it grow to up to 4 × under a high allocation rate: about 250 MB of heap
  // for about 55 MB that is live.
  '--heap-growing-percent=30',
  // WebAssembly (PGlite's PostgreSQL, Prisma's query compiler) runs on the baseline compiler's
  // code only. Optimizing PGlite's largest functions needs about 100 MB of native memory at once,
  // which the allocator keeps after the compilation.
  '--no-wasm-dynamic-tiering',
  '--no-wasm-tier-up',
];

const flagName = (flag: string) => flag.replace(/^--(no-)?/, '').split('=')[0]!.replaceAll('_', '-');

/** The settings not given on the command line: an operator's own flag wins. */
export function v8TuningToApply(execArgv: readonly string[] = process.execArgv): string[] {
  const given = new Set(execArgv.filter((arg) => arg.startsWith('--')).map(flagName));
  return V8_TUNING.filter((flag) => !given.has(flagName(flag)));
}

/** Applies the settings; call it before the database is opened (WebAssembly compiles then). */
export function tuneV8(): void {
  for (const flag of v8TuningToApply()) v8.setFlagsFromString(flag);
}
