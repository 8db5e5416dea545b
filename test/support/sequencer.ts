// The order jest starts test files in. With timings from an earlier run, jest's own: longest first. Without
// them (a fresh checkout, as in CI) jest orders by file size, and an end-to-end suite that mostly waits (a
// killed process's lock, Retry-After) could start last and hold the run's end; those start first instead.

import type { Test } from '@jest/test-result';
import TestSequencer from '@jest/test-sequencer';

const WAITS = /[\\/]e2e[\\/]/;

export default class WaitingSuitesFirst extends TestSequencer {
  override sort(tests: Array<Test>): Array<Test> {
    const sorted = super.sort(tests) as Test[];
    if (sorted.some((test) => test.duration !== undefined)) return sorted;
    return [...sorted.filter((t) => WAITS.test(t.path)), ...sorted.filter((t) => !WAITS.test(t.path))];
  }
}
