// The watch cards (answers, the list, the notices) come from cards/watch-*.json like every other card:
// valid Adaptive Cards 1.5, small, and names from users or Partner Center shown as plain text.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { cardByteSize, MAX_CARD_BYTES } from '../../src/cards/templates';
import type { AdaptiveCard } from '../../src/cards/types';
import { unwatchCard } from '../../src/commands/unwatch/card';
import { watchAnswerCard } from '../../src/commands/shared/watch/answer-card';
import { changeNoticeCard, expiredNoticeCard } from '../../src/commands/watch/notice-card';
import { watchesCard } from '../../src/commands/watches/card';
import type { Watch } from '../../src/state/watch-store';
import type { NoticeFacts } from '../../src/watch/notices';
import { cardTexts, markupProblems } from './markdown';
import { expectValidCard } from './validate-card';
import { watchFixture } from './card-fixtures';
import { CHECKOUT } from '../support/checkout';

const HOSTILE = '[Verify](https://evil.example) **now** ${t.helpTitle} {{DATE(2017-02-14T06:08:39Z, SHORT)}}';

function watch(i: number, name = HOSTILE): Watch {
  return watchFixture(i, { customerName: name, orderId: `${name}-${i}` });
}

const facts = (subscriptions: NoticeFacts['subscriptions']): NoticeFacts => ({
  since: { at: Date.parse('2026-11-29T10:00:00Z'), known: true },
  subscriptions,
  now: Date.parse('2026-11-30T11:00:00Z'),
});

function allCards(): [string, AdaptiveCard][] {
  const w = watch(1);
  return [
    [
      'answer',
      watchAnswerCard({ title: HOSTILE, lines: [HOSTILE], buttons: [{ title: 'watches', data: {} }] }),
    ],
    ['refusal', watchAnswerCard({ title: HOSTILE, lines: [HOSTILE] })],
    ['unwatch', unwatchCard(HOSTILE, HOSTILE, 'Watched orders')],
    ['list', watchesCard([watch(1), watch(2)], 'en-US')],
    ['empty list', watchesCard([], 'en-US')],
    [
      'change',
      changeNoticeCard(
        w,
        w.state,
        { status: 'completed', since: '2026-11-30T11:00:00Z' },
        facts([{ id: HOSTILE, name: HOSTILE, quantity: 3 }]),
      ),
    ],
    ['expired', expiredNoticeCard(w)],
  ];
}

describe('watch cards', () => {
  it.each(allCards())('%s is a valid Adaptive Card 1.5 with untrusted text as plain text', (_name, card) => {
    expect(card).toMatchObject({ type: 'AdaptiveCard', version: '1.5' });
    expectValidCard(card);
    expect(markupProblems(card)).toEqual([]);
    expect(cardByteSize(card)).toBeLessThan(MAX_CARD_BYTES);
  });

  it('shows the answer title, lines and buttons in order', () => {
    const card = watchAnswerCard({
      title: 'watch order 1',
      lines: ['first', 'second'],
      buttons: [{ title: 'watches', data: { verb: 'watches' } }],
    });
    expect(cardTexts(card).map((t) => t.text)).toEqual(['watch order 1']);
    // Lines are TextRuns (issue 15): not Markdown, so the order ids in them copy exactly.
    const runs = JSON.stringify(card.body).match(/"type":"TextRun","text":"[^"]*"/g);
    expect(runs).toEqual(['"type":"TextRun","text":"first"', '"type":"TextRun","text":"second"']);
    expect(card.actions).toEqual([{ type: 'Action.Submit', title: 'watches', data: { verb: 'watches' } }]);
  });

  it('says "since at least" when the status began before the watch, at a time nobody knew', () => {
    const known = watchFixture(1); // since: the order's creation, before the watch
    const started = Date.parse('2026-12-01T09:00:00Z');
    const unknown = watchFixture(2, {
      createdAt: started,
      state: { status: 'pending', since: new Date(started).toISOString() },
    });
    const text = JSON.stringify(watchesCard([known, unknown], 'en-US'));
    expect(text).toMatch(/order-1 · Contoso · Pending since /);
    expect(text).toMatch(/order-2 · Contoso · Pending since at least /);
  });

  it('lists watches oldest first, each with its Stop watching button, at most 25 and under the size limit', () => {
    const many = Array.from({ length: 40 }, (_, i) => watch(40 - i, 'Contoso '.repeat(30)));
    const card = watchesCard(many, 'en-US');
    const rows = (card.body as { type: string }[]).filter((e) => e.type === 'ColumnSet');
    expect(rows).toHaveLength(25);
    expect(JSON.stringify(rows[0])).toContain('-1');
    expect(JSON.stringify(rows[0])).toContain('"type":"Action.Submit"');
    expectValidCard(card);
    expect(cardByteSize(card)).toBeLessThan(MAX_CARD_BYTES);
  });

  it('ends a change notice with Stop watching only while the order is still open', () => {
    const w = watch(1, 'Contoso');
    const titles = (card: AdaptiveCard) => (card.actions as { title: string }[]).map((a) => a.title);
    const open = changeNoticeCard(
      w,
      w.state,
      { status: 'inProgress', since: '2026-11-30T11:00:00Z' },
      facts(undefined),
    );
    const done = changeNoticeCard(
      w,
      w.state,
      { status: 'completed', since: '2026-11-30T11:00:00Z' },
      facts([]),
    );
    expect(titles(open)).toHaveLength(2);
    expect(titles(done)).toHaveLength(1);
  });
});

describe('cards are data', () => {
  // The project rule: every card is a cards/*.json template; code builds view models only.
  it('no source file builds an Adaptive Card in code', () => {
    const files = (dir: string): string[] =>
      readdirSync(dir).flatMap((f) => {
        const path = join(dir, f);
        return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
      });
    const built = files(join(CHECKOUT, 'src')).filter((f) =>
      /type:\s*['"]AdaptiveCard['"]/.test(readFileSync(f, 'utf8')),
    );
    expect(built).toEqual([]);
  });
});
