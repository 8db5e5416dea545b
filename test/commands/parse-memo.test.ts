import { parseCommandMemo } from '../../src/commands/parse-memo';
import { parseCommand } from '../../src/commands/parse';
import { REGISTRY } from '../../src/commands/registry';

describe('parseCommandMemo', () => {
  const day = new Date('2026-11-21T10:00:00Z');

  it('answers as parseCommand does, once per text and UTC day, frozen', () => {
    const first = parseCommandMemo(REGISTRY, 'pending orders for contoso last 7 days', day);
    expect(first).toEqual(parseCommand('pending orders for contoso last 7 days', day));
    expect(
      parseCommandMemo(REGISTRY, 'pending orders for contoso last 7 days', new Date('2026-11-21T23:59:00Z')),
    ).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    expect(() => {
      (first as { ok: boolean }).ok = false;
    }).toThrow();
  });

  it('works the relative dates out again on another day', () => {
    const today = parseCommandMemo(REGISTRY, 'orders for contoso today', day);
    const tomorrow = parseCommandMemo(REGISTRY, 'orders for contoso today', new Date('2026-11-22T00:00:01Z'));
    expect(tomorrow).not.toEqual(today);
  });
});
