// What the digest command reads: digests, window alerts, the list and stops, in the words people use; the watch
// commands keep their own ("watch order …", "unwatch all").
import { formatCommand, parseCommand } from '../../../src/commands/parse';

const NOW = new Date('2026-03-01T10:00:00Z');
const parse = (text: string) => parseCommand(text, NOW);

describe('the digest grammar', () => {
  it.each([
    ['digest renewals weekly', { kind: 'digest', op: 'add', cadence: 'weekly' }],
    ['digest renewals daily', { kind: 'digest', op: 'add', cadence: 'daily' }],
    ['please digest the renewals every week', { kind: 'digest', op: 'add', cadence: 'weekly' }],
    [
      'digest renewals daily for contoso, fabrikam',
      { kind: 'digest', op: 'add', cadence: 'daily', customers: ['contoso', 'fabrikam'] },
    ],
    [
      'digest renewals weekly for "Contoso, Ltd", Bank for Kids',
      { kind: 'digest', op: 'add', cadence: 'weekly', customers: ['Contoso, Ltd', 'Bank for Kids'] },
    ],
    ['watch cancellation windows', { kind: 'digest', op: 'windows' }],
    ['watch windows for contoso', { kind: 'digest', op: 'windows', customers: ['contoso'] }],
    ['digests', { kind: 'digest', op: 'list' }],
    ['show my digests', { kind: 'digest', op: 'list' }],
    ['stop digest', { kind: 'digest', op: 'stop' }],
    ['stop digests', { kind: 'digest', op: 'stop', which: 'all' }],
    ['stop all digests', { kind: 'digest', op: 'stop', which: 'all' }],
    ['stop digest weekly', { kind: 'digest', op: 'stop', which: 'weekly' }],
    ['stop the daily digest', { kind: 'digest', op: 'stop', which: 'daily' }],
    ['stop digest windows', { kind: 'digest', op: 'stop', which: 'windows' }],
    ['unwatch cancellation windows', { kind: 'digest', op: 'stop', which: 'windows' }],
    ['stop watching cancellation windows', { kind: 'digest', op: 'stop', which: 'windows' }],
  ])('%s', (text, command) => {
    expect(parse(text)).toEqual({ ok: true, command });
  });

  it('writes each back as text that reads the same', () => {
    for (const text of [
      'digest renewals weekly for contoso, fabrikam',
      'watch cancellation windows for contoso',
      'stop digest daily',
      'stop digests',
    ]) {
      const parsed = parse(text);
      expect(parsed.ok).toBe(true);
      if (parsed.ok) expect(parse(formatCommand(parsed.command))).toEqual(parsed);
    }
  });

  it('asks how often, or which customers, or which digest, instead of guessing', () => {
    const hint = (text: string) => {
      const parsed = parse(text);
      return parsed.ok ? `ok: ${JSON.stringify(parsed.command)}` : parsed.problem.hint;
    };
    expect(hint('digest renewals')).toMatch(/^Daily or weekly\?/);
    expect(hint('digest renewals daily weekly')).toMatch(/^Daily or weekly\?/);
    expect(hint('digest renewals hourly')).toMatch(/^Daily or weekly\?/);
    expect(hint('digest renewals weekly for')).toMatch(/^Which customers\?/);
    expect(
      hint(`digest renewals weekly for ${Array.from({ length: 11 }, (_, i) => `c${i}`).join(', ')}`),
    ).toMatch(/^Which customers\?/);
    expect(hint('stop digest weekly daily')).toMatch(/^Which digest\?/);
    expect(hint('stop digest soon')).toMatch(/^Which digest\?/);
  });

  it('leaves the watch commands their words', () => {
    const kind = (text: string) => {
      const parsed = parse(text);
      return parsed.ok ? parsed.command.kind : parsed.problem.topic;
    };
    expect(kind('watch order 9qg-ErcO-4MPbPqq_3MIQaS7bn8W6HfG1 for contoso')).toBe('watch');
    expect(kind('watch pending orders for contoso')).toBe('watch');
    expect(kind('unwatch all')).toBe('unwatch');
    expect(kind('stop watching 9qg-ErcO-4MPbPqq_3MIQaS7bn8W6HfG1')).toBe('unwatch');
    expect(kind('watches')).toBe('watches');
  });
});
