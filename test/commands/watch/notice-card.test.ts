// A notice tells the truth about the order (issue 18): since when it has been in its state when that is known
// ("Pending for 3 days, since …"), "since at least" the watch's start when it is not, and, once completed, the
// subscriptions it created by name and quantity — never "no subscriptions yet" for an order that is done.
import { changeNoticeCard, watchNotices } from '../../../src/commands/watch/notice-card';
import { portalLinks } from '../../../src/partnercenter/portal-links';
import type { Watch, WatchState } from '../../../src/state/watch-store';
import type { CreatedSubscription, NoticeFacts } from '../../../src/watch/notices';
import { cardTexts, watchFixture } from '../../cards/card-fixtures';

const WATCH_START = Date.parse('2026-11-30T10:00:00Z');
const NOW = Date.parse('2026-12-03T10:00:00Z');
const CREATED = Date.parse('2026-11-27T14:00:00Z');

/** A watch made at WATCH_START of an order pending since then as far as the watch knows. */
function watch(locale = 'en-US'): Watch {
  return watchFixture(1, {
    locale,
    createdAt: WATCH_START,
    state: { status: 'pending', since: new Date(WATCH_START).toISOString() },
  });
}

const completed: WatchState = { status: 'completed', since: new Date(NOW).toISOString() };
const SUBS: CreatedSubscription[] = [
  { id: '04306d63-4791-4a53-9b49-bddb2516f666', name: 'Microsoft 365 Business Premium', quantity: 13 },
  { id: 'ab616b89-7d2d-4bba-b8bf-1aa495cc916f', name: 'Microsoft 365 E5', quantity: 21 },
];

function facts(fields: Partial<NoticeFacts> = {}): NoticeFacts {
  return { since: { at: CREATED, known: true }, subscriptions: SUBS, now: NOW, ...fields };
}

const text = (w: Watch, to: WatchState, f: NoticeFacts) =>
  cardTexts(changeNoticeCard(w, w.state, to, f)).join('\n');

describe('a change notice', () => {
  it('says how long the order was in its state and since when, when that is known', () => {
    const said = text(watch(), completed, facts());
    expect(said).toContain('It was Pending for 6 days, since Nov 27, 2026, 2:00 PM UTC.');
    // Not the watch's start dressed up as the order's.
    expect(said).not.toContain('Nov 30, 2026');
  });

  it('says "since at least" the watch started when nothing knows since when, and invents no duration', () => {
    const said = text(watch(), completed, facts({ since: { at: WATCH_START, known: false } }));
    expect(said).toContain(
      'It was Pending since at least Nov 30, 2026, 10:00 AM UTC, when the watch started.',
    );
    expect(said).not.toMatch(/Pending for/);
  });

  it('speaks of the present while the status has not changed (a provisioning step)', () => {
    const w = { ...watch(), state: { ...watch().state, provisioning: 'pending:2' } };
    const to = { ...w.state, provisioning: 'fulfilled:1,pending:1' };
    const said = cardTexts(changeNoticeCard(w, w.state, to, facts({ now: CREATED + 5 * 3_600_000 }))).join(
      '\n',
    );
    expect(said).toContain('It has been Pending for 5 hours, since Nov 27, 2026, 2:00 PM UTC.');
  });

  it('names each subscription a completed order created, with its quantity and id', () => {
    const said = text(watch(), completed, facts());
    expect(said).toContain('Subscriptions it created (2):');
    expect(said).toContain(
      'Microsoft 365 Business Premium, quantity 13, id 04306d63-4791-4a53-9b49-bddb2516f666',
    );
    expect(said).toContain('Microsoft 365 E5, quantity 21, id ab616b89-7d2d-4bba-b8bf-1aa495cc916f');
    expect(said).not.toMatch(/no subscriptions/);
  });

  it('says a completed order created none without "yet", and says so when they could not be read', () => {
    const none = text(watch(), completed, facts({ subscriptions: [] }));
    expect(none).toContain('It created no subscriptions.');
    expect(none).not.toContain('yet');
    const unread = text(watch(), completed, facts({ subscriptions: undefined }));
    expect(unread).toContain('Its subscriptions could not be read just now: Details lists them.');
    expect(unread).not.toMatch(/no subscriptions/);
  });

  it('lists five subscriptions at most and says how many more there are', () => {
    const many = Array.from({ length: 8 }, (_, i) => ({ id: `sub-${i}`, name: `Product ${i}`, quantity: i }));
    const said = text(watch(), completed, facts({ subscriptions: many }));
    expect(said).toContain('Subscriptions it created (8):');
    expect(said).toContain('Product 4, quantity 4');
    expect(said).not.toContain('Product 5');
    expect(said).toContain('And 3 more: Details lists them all.');
  });

  it.each([
    ['pt-BR', 'Ficou pendente por 6 dias, desde', 'Assinaturas criadas (2):', 'quantidade 13'],
    ['zh-CN', '6天', '创建的订阅（2 个）：', '数量 13'],
    ['it', 'È rimasto in sospeso per 6 giorni, dal', 'Abbonamenti creati (2):', 'quantità 13'],
  ])('is written in %s', (locale, since, subscriptions, quantity) => {
    const said = text(watch(locale), completed, facts());
    expect(said).toContain(since);
    expect(said).toContain(subscriptions);
    expect(said).toContain(quantity);
  });
});

describe('the notices’ Open in Partner Center button', () => {
  const portalButtons = (card: { actions?: unknown[] }) =>
    (card.actions ?? []).filter((a) => (a as { type?: string }).type === 'Action.OpenUrl') as {
      title: string;
      url: string;
    }[];

  it("opens the order's customer in the portal, in the person's language, on change and expiry notices", () => {
    const w = { ...watch('pt-BR'), customerId: '4b6f8b1c-2c4d-4f5e-9a6b-7c8d9e0f1a2b' };
    const { change, expired } = watchNotices(portalLinks('global'));
    for (const card of [change(w, w.state, completed, facts()), expired(w)]) {
      expect(portalButtons(card)).toEqual([
        {
          type: 'Action.OpenUrl',
          title: 'Abrir no Partner Center',
          url: 'https://partner.microsoft.com/dashboard/commerce2/customers/4b6f8b1c-2c4d-4f5e-9a6b-7c8d9e0f1a2b/subscriptions',
        },
      ]);
    }
  });

  it('is left out where the portal is not known', () => {
    const { change, expired } = watchNotices(undefined);
    const w = watch();
    expect(portalButtons(change(w, w.state, completed, facts()))).toEqual([]);
    expect(portalButtons(expired(w))).toEqual([]);
  });
});
