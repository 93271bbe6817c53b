// CI reads one closing line, `N passed, N failed`, counting every test that ran: unit, DOM and
// browser tests all run under this one vitest invocation, so one reporter can count them all.
import type { Reporter, TestCase } from 'vitest/node';

export default class CiLineReporter implements Reporter {
  private passed = 0;
  private failed = 0;
  private skipped = 0;

  onTestCaseResult(testCase: TestCase): void {
    const state = testCase.result().state;
    if (state === 'passed') this.passed++;
    else if (state === 'failed') this.failed++;
    else this.skipped++;
  }

  onTestRunEnd(_modules: unknown, errors: readonly unknown[]): void {
    // An error outside any test (a file that fails to import) is a failure CI must see.
    const failed = this.failed + errors.length;
    const skipped = this.skipped ? `, ${this.skipped} skipped` : '';
    process.stdout.write(`\n${this.passed} passed, ${failed} failed${skipped}\n`);
  }
}
