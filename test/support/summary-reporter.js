/**
 * Prints one closing line that any CI can read: "jest: N passed, M failed[, K skipped]".
 * Jest prints its own summary after every custom reporter, so the line is written at exit, to be
 * the last line of `npm test`. If something a failed test left open keeps the process alive, the
 * run still ends 15 s after the summary, with the run's exit code, instead of hanging CI.
 */
export default class SummaryReporter {
  onRunComplete(_contexts, results) {
    const skipped = results.numPendingTests + results.numTodoTests;
    const failed = results.numFailedTests + results.numRuntimeErrorTestSuites;
    const tail = skipped > 0 ? `, ${skipped} skipped` : '';
    const line = `jest: ${results.numPassedTests} passed, ${failed} failed${tail}\n`;
    process.once('exit', () => process.stdout.write(line));
    const code = failed > 0 || !results.success ? 1 : 0;
    setTimeout(() => process.exit(code), 15_000).unref();
  }
}
