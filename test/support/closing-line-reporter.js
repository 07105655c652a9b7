/**
 * Prints one plain closing line, `tests: N passed, N failed`, after Jest's own summary,
 * so CI logs state the count in a form any reader understands.
 */
class ClosingLineReporter {
  onRunComplete(_contexts, results) {
    const skipped = results.numPendingTests + results.numTodoTests;
    const extra = skipped ? `, ${skipped} skipped` : '';
    process.stdout.write(`\ntests: ${results.numPassedTests} passed, ${results.numFailedTests + results.numRuntimeErrorTestSuites} failed${extra}\n`);
  }
}
module.exports = ClosingLineReporter;
