// The API tunes V8 itself at start (lib/v8-tuning.ts); a flag given on the command line wins.
import { V8_TUNING, v8TuningToApply } from './v8-tuning';

it('applies every setting when the command line names none of them', () => {
  expect(v8TuningToApply(['--expose-gc', '--enable-source-maps'])).toEqual(V8_TUNING);
});

it('leaves a setting to the command line, in either spelling and either sense', () => {
  const applied = v8TuningToApply(['--heap_growing_percent=100', '--wasm-tier-up']);
  expect(applied).toEqual(['--no-wasm-dynamic-tiering']);
});
