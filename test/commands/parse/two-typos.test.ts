// Issue 10: two typos in a command gave a text hint with no button. The corrected command is offered when
// it parses, however many of the words (up to three) were misspelt.
import { parseCommand } from '../../../src/commands/parse';

const NOW = new Date('2026-01-15T12:00:00Z');

function suggestionOf(text: string): string | undefined {
  const result = parseCommand(text, NOW);
  expect(result.ok).toBe(false);
  return result.ok ? undefined : result.problem.suggestion;
}

describe('suggestions correct every typo', () => {
  it.each([
    ['ordrs for contoso montly', 'orders for contoso monthly'],
    ['ordres for contoso monthy', 'orders for contoso monthly'],
    [
      'subscritions for ordr eeba9d00-7b46-443a-917e-22887a8fc993 for contoso',
      'subscriptions for order eeba9d00-7b46-443a-917e-22887a8fc993 for contoso',
    ],
  ])('%s → %s', (typed, corrected) => {
    expect(suggestionOf(typed)).toBe(corrected);
    expect(parseCommand(corrected, NOW).ok).toBe(true);
  });

  it('still offers nothing when no correction parses', () => {
    expect(suggestionOf('ordrs')).toBeUndefined();
  });
});
