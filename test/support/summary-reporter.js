/**
 * Prints one closing line that any CI can read: "jest: N passed, M failed[, K skipped]".
 * Jest prints its own summary after every custom reporter, so the line is written at exit,
 * to be the last line of `npm test`.
 */
export default class SummaryReporter {
  onRunComplete(_contexts, results) {
    const skipped = results.numPendingTests + results.numTodoTests;
    const failed = results.numFailedTests + results.numRuntimeErrorTestSuites;
    const tail = skipped > 0 ? `, ${skipped} skipped` : '';
    const line = `jest: ${results.numPassedTests} passed, ${failed} failed${tail}\n`;
    process.once('exit', () => process.stdout.write(line));
  }
}
