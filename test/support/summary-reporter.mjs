// Prints, at the very end of a run, one line per browser with its counts and
// the tests it skipped (their titles say why), then "N passed, N failed,
// N skipped" over every browser as the very last line: the line CI reads.
function count(suite, totals, path = []) {
  const here = suite?.name ? [...path, suite.name] : path;
  for (const test of suite?.tests ?? []) {
    if (test.skipped) {
      totals.skipped++;
      totals.skippedTests.push([...here, test.name].join(' > '));
    } else if (test.passed) totals.passed++;
    else totals.failed++;
  }
  for (const child of suite?.suites ?? []) count(child, totals, here);
}

export function summaryReporter() {
  let browsers;
  return {
    onTestRunFinished({ sessions }) {
      browsers = new Map();
      for (const session of sessions) {
        const name = session.browser?.name ?? 'browser';
        if (!browsers.has(name))
          browsers.set(name, { passed: 0, failed: 0, skipped: 0, skippedTests: [] });
        const totals = browsers.get(name);
        count(session.testResults, totals);
        // A file that failed to load or threw outside a test counts as a failure.
        if (!session.passed && (session.errors?.length ?? 0) > 0) totals.failed++;
      }
    },
    stop() {
      // On exit, so that nothing the other reporters print comes after it.
      if (!browsers) return;
      process.once('exit', () => {
        const all = { passed: 0, failed: 0, skipped: 0 };
        for (const [name, totals] of browsers) {
          for (const key of Object.keys(all)) all[key] += totals[key];
          console.log(
            `${name}: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`,
          );
          for (const title of totals.skippedTests) console.log(`  skipped: ${title}`);
        }
        console.log(`${all.passed} passed, ${all.failed} failed, ${all.skipped} skipped`);
      });
    },
  };
}
