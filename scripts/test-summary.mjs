// Sums Jest's JSON reports into one plain line, "N passed, N failed", and exits non-zero when
// any test failed, any suite could not run, any test was skipped, or a report is missing.
import { existsSync, readFileSync } from 'node:fs';

let passed = 0;
let failed = 0;
let skipped = 0;
const problems = [];

for (const file of process.argv.slice(2)) {
  if (!existsSync(file)) {
    problems.push(`${file}: no report (the run did not finish)`);
    failed += 1;
    continue;
  }
  const report = JSON.parse(readFileSync(file, 'utf8'));
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  skipped += report.numPendingTests + report.numTodoTests;
  // A suite that fails to load has no failed tests of its own: count it as one failure.
  const brokenSuites = report.testResults.filter((suite) => suite.status === 'failed' && suite.assertionResults.length === 0);
  failed += brokenSuites.length;
  for (const suite of brokenSuites) problems.push(`${suite.name}: ${String(suite.message).split('\n')[0]}`);
  if (report.numTotalTests === 0) problems.push(`${file}: ran no test`);
}

for (const problem of problems) console.log(`problem: ${problem}`);
if (skipped > 0) console.log(`problem: ${skipped} skipped test(s): a skipped test is a defect`);
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 || skipped > 0 || problems.length > 0 ? 1 : 0);
