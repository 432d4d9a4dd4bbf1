// Prints "N passed, N failed, N skipped" as the very last line of a run, the
// line CI reads.
function count(suite, totals) {
  for (const test of suite?.tests ?? []) {
    if (test.skipped) totals.skipped++;
    else if (test.passed) totals.passed++;
    else totals.failed++;
  }
  for (const child of suite?.suites ?? []) count(child, totals);
}

export function summaryReporter() {
  let totals;
  return {
    onTestRunFinished({ sessions }) {
      totals = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        count(session.testResults, totals);
        // A file that failed to load or threw outside a test counts as a failure.
        if (!session.passed && (session.errors?.length ?? 0) > 0) totals.failed++;
      }
    },
    stop() {
      // On exit, so that nothing the other reporters print comes after it.
      if (totals) {
        const { passed, failed, skipped } = totals;
        process.once('exit', () => console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`));
      }
    },
  };
}
