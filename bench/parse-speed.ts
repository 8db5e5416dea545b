// How fast the grammar reads a message: a speed target, so it is measured here and not asserted in a test
// (a busy 2-core CI machine would make such a test flaky).
import { parseCommand } from '../src/commands/parse';
import { median } from './load';

const TYPICAL = [
  'orders for contoso',
  'order 9qg-ErcO-4MPbPqq_3MIQaS7bn8W6HfG1 for contoso',
  'orders for contoso onetime',
  'subscriptions for order eeba9d00-7b46-443a-917e-22887a8fc993 for contoso',
  'orders for contoso via 4e0a2d1c-5b9f-4b6e-8d3a-1f2e3d4c5b6a with prices including system purchases',
];

/** Median microseconds per typical command, and median milliseconds to refuse a 10k-character message. */
export function measureParse(): { typicalMicros: number; longMessageMs: number } {
  const now = new Date(Date.UTC(2026, 5, 30));
  for (let i = 0; i < 500; i++) for (const t of TYPICAL) parseCommand(t, now); // let the JIT settle
  const typical: number[] = [];
  for (let round = 0; round < 20; round++) {
    const started = process.hrtime.bigint();
    for (let i = 0; i < 100; i++) for (const t of TYPICAL) parseCommand(t, now);
    typical.push(Number(process.hrtime.bigint() - started) / 1000 / (100 * TYPICAL.length));
  }
  const long = `orders for ${'contoso '.repeat(1250)}`;
  const longMs: number[] = [];
  for (let i = 0; i < 15; i++) {
    const started = process.hrtime.bigint();
    parseCommand(long, now);
    longMs.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  return {
    typicalMicros: Math.round(median(typical) * 10) / 10,
    longMessageMs: Math.round(median(longMs) * 10) / 10,
  };
}
