// Every card the bot draws, in one locale, with the sandbox's data: found generically, not listed by hand.
// Commands: each registered command's help examples (in that locale) and a few typed texts for the states help
// examples do not reach (EXTRA_TEXTS), answered by the real handlers against the sandbox over HTTP, with the
// order index the crawler fills, the customer directory and a watch store; then every button of those cards is
// clicked once (one level deep). Cards of no command: every error kind, the progress card with each command's
// line, welcome, "too large", watch notices and the notices laid over a card. A new command is covered by its
// help examples and buttons; a new template must be rendered here (the test checks every cards/*.json was).

import { errorCard, type ErrorKind } from '../../../src/cards/error';
import { progressCard } from '../../../src/cards/progress';
import { withRefreshFailedNotice, withSandboxNotice } from '../../../src/cards/sandbox-notice';
import { languageOf, pickStrings } from '../../../src/cards/strings';
import type { AdaptiveCard } from '../../../src/cards/types';
import { welcomeCard } from '../../../src/cards/welcome';
import { typeAction } from '../../../src/commands/actions';
import { progressTitle } from '../../../src/commands/asked';
import type { CommandEnv } from '../../../src/commands/deps';
import { COMMANDS } from '../../../src/commands/registry';
import { commandOf, handleSubmit, handleText } from '../../../src/commands/run-command';
import { tooLargeAnswer } from '../../../src/commands/too-large';
import { watchNotices } from '../../../src/commands/watch/notice-card';
import type { Watch } from '../../../src/state/watch-store';
import { searchPartnerCenter, unfurlLink } from '../../../src/compose';
import { digestCards } from '../../../src/commands/digest/post-card';
import { digestContent } from '../../../src/digest/content';
import { openWindows, windowEvents } from '../../../src/digest/windows';
import type { RenewalsDigest, WindowAlert } from '../../../src/state/digest-store';
import { portalLinks } from '../../../src/partnercenter/portal-links';
import {
  CONTOSO_ORDER_IDS,
  CONTOSO_SUBSCRIPTION_IDS,
  CONTOSO_TENANT_ID,
} from '../../../dev/sandbox/fixtures/ids';
import { submitActions, watchFixture } from '../card-fixtures';
import { REGISTRY } from '../../../src/commands/registry';

export interface RenderedCard {
  /** Where it came from: the typed text, the button clicked, or the card function. */
  name: string;
  card: AdaptiveCard;
}

/** Typed texts for what the help examples do not reach (an answer's other states), run after them. */
export const EXTRA_TEXTS = [
  'orders for contoso via woodgrove with prices including system purchases',
  'orders for fabrikam retail with prices',
  'orders for northwind annual last 30 days',
  'orders for fabrikam',
  'orders for contsoo',
  'orders for zzqxv',
  `order ${CONTOSO_ORDER_IDS.riD1Pending} for contoso`,
  'order Qq9NotThere00',
  'order Qq9NotThere00 for contoso',
  `subscription ${CONTOSO_SUBSCRIPTION_IDS.aadP2}`,
  'watch pending orders for northwind',
  `watch order ${CONTOSO_ORDER_IDS.aadP2Monthly} for contoso`,
  'watches',
  'unwatch all',
  'unwatch 9qg-ErcO',
  'watches',
  'who has contoso',
  'who has zzqxv',
  'recent orders since 2026-06-01',
  `cancel order ${CONTOSO_ORDER_IDS.riD1Pending} for contoso`,
  'how much does order eeba9d00 cost',
  'ordrs for contoso',
  'help orders',
  'blah blah',
];

/** Buttons clicked per locale at most (each one a command against the sandbox). */
const MAX_CLICKS = 120;

const DAY = 86_400_000;

/** Typed again where the cards leave prices out (a channel's cards, the person's own on request). */
export const PRICED_TEXTS = [
  'orders for contoso via woodgrove with prices',
  `order ${CONTOSO_ORDER_IDS.aadP2Monthly} for contoso`,
];

/** Every command card for `locale`: typed texts in order, then each distinct button once. */
export async function commandCards(
  locale: string,
  env: (extra?: Partial<CommandEnv>) => CommandEnv,
): Promise<RenderedCard[]> {
  const language = languageOf(locale);
  const texts = [
    // What a person of this language types (the command's languages.ts), and the English that works everywhere.
    ...(language === 'en' ? [] : COMMANDS.flatMap((c) => c.languages[language].help.map((h) => h.example))),
    ...COMMANDS.flatMap((c) => c.strings[language].help.map((h) => h.example)),
    ...EXTRA_TEXTS,
  ];
  const out: RenderedCard[] = [];
  for (const text of texts) out.push({ name: `typed "${text}"`, card: (await handleText(text, env())).card });
  for (const prices of ['onRequest', 'personalChatOnly'] as const)
    for (const text of PRICED_TEXTS)
      out.push({
        name: `typed "${text}", prices ${prices}`,
        card: (await handleText(text, env({ prices }))).card,
      });
  const clicked = new Set<string>();
  for (const { name, card } of [...out]) {
    for (const button of submitActions(card)) {
      const key = JSON.stringify(button.data);
      if (clicked.has(key) || clicked.size >= MAX_CLICKS) continue;
      clicked.add(key);
      const answer = await handleSubmit(button.data, env());
      out.push({ name: `${name} → "${button.title}"`, card: answer.card });
    }
  }
  return out;
}

/**
 * The compose box's results (each result's card, and its preview in the list as a card of three lines) for a
 * name, an id's start, a product and nothing typed (recent lookups), and the cards of pasted portal links.
 */
export async function composeCards(locale: string, env: CommandEnv): Promise<RenderedCard[]> {
  const out: RenderedCard[] = [];
  for (const query of ['contoso', CONTOSO_ORDER_IDS.aadP2Monthly.slice(0, 8), 'E5', ''])
    for (const item of (await searchPartnerCenter(query, env)).items.slice(0, 4)) {
      out.push({ name: `search "${query}" → ${item.kind} ${item.id}`, card: item.card });
      const { title, subtitle, text } = item.preview;
      const preview = [title, subtitle, text].map((t) => ({ type: 'TextBlock', text: t }));
      out.push({ name: `search "${query}" → preview`, card: { type: 'AdaptiveCard', body: preview } });
    }
  const portal = portalLinks('global')!;
  for (const url of [
    portal.customer(CONTOSO_TENANT_ID),
    portal.order(CONTOSO_TENANT_ID, CONTOSO_ORDER_IDS.riD1Pending),
    portal.subscription(CONTOSO_TENANT_ID, CONTOSO_SUBSCRIPTION_IDS.aadP2),
  ]) {
    const item = url ? await unfurlLink(url, env) : undefined;
    if (item) out.push({ name: `link ${url}`, card: item.card });
  }
  return out;
}

/** What the digest scheduler posts: a renewals digest (every customer, and one) and a window alert's notice. */
export async function digestPosts(locale: string, env: CommandEnv): Promise<RenderedCard[]> {
  const now = Date.now();
  const cards = digestCards(env.directory);
  const base = {
    conversation: {
      serviceUrl: 'http://127.0.0.1:1',
      conversationId: 'c',
      channelId: 'msteams',
      reference: {},
    },
    owner: { id: 'person' },
    locale,
    createdAt: now - DAY,
  };
  const contoso = [{ id: CONTOSO_TENANT_ID, name: 'Contoso' }];
  const out: RenderedCard[] = [];
  for (const customers of [undefined, contoso]) {
    const digest: RenewalsDigest = { ...base, id: 'd', kind: 'renewals', cadence: 'weekly', customers };
    const content = await digestContent(
      env.index!,
      now,
      customers?.map((c) => c.id),
    );
    out.push({ name: `digest ${customers ? 'Contoso' : 'all'}`, card: cards.renewals(digest, content, now) });
  }
  const alert: WindowAlert = { ...base, id: 'w', kind: 'windows', baselineAt: now - DAY };
  const events = windowEvents(await openWindows(env.index!, now), now, true);
  out.push({ name: 'window alert', card: cards.windows(alert, events, now) });
  return out;
}

/** The cards no command answers with: errors, progress, welcome, too large, notices. */
export function otherCards(locale: string): RenderedCard[] {
  const s = pickStrings(locale);
  const ctx = { locale };
  const out: RenderedCard[] = [];
  for (const kind of Object.keys(s.errors) as ErrorKind[]) {
    out.push({
      name: `error ${kind}`,
      card: errorCard(
        {
          kind,
          query: 'contsoo',
          closestNames: ['Contoso Ltd', 'Contoso Pharmaceuticals'],
          tryName: (n) => typeAction(n),
          retryAfterSeconds: 30,
          correlationId: '7f3c2a10-0000-4000-8000-000000000021',
        },
        ctx,
      ),
    });
  }
  out.push({ name: 'progress (general)', card: progressCard({ replacedInPlace: true }, ctx) });
  for (const c of COMMANDS)
    for (const { example } of c.strings[languageOf(locale)].help) {
      const title = progressTitle(commandOf({ text: example }, REGISTRY), locale);
      if (title)
        out.push({
          name: `progress "${example}"`,
          card: progressCard({ title, replacedInPlace: false }, ctx),
        });
    }
  out.push({
    name: 'welcome',
    card: welcomeCard({ botName: 'PC Orders', helpAction: typeAction('help') }, ctx),
  });
  for (const c of COMMANDS.filter((c) => !c.hidden))
    out.push({ name: `too large ${c.kind}`, card: tooLargeAnswer(c.kind, locale) });
  out.push(...noticeCards(locale));
  const base = errorCard({ kind: 'timeout' }, ctx);
  out.push({ name: 'sandbox notice', card: withSandboxNotice(base, locale) });
  out.push({ name: 'refresh failed notice', card: withRefreshFailedNotice(base, locale, 7 * 60_000) });
  return out;
}

function noticeCards(locale: string): RenderedCard[] {
  const created = Date.parse('2026-11-27T14:00:00Z');
  const now = Date.parse('2026-12-03T10:00:00Z');
  const watch: Watch = watchFixture(1, {
    locale,
    customerName: 'Contoso Ltd',
    orderId: CONTOSO_ORDER_IDS.riD1Pending,
    createdAt: now - 3 * DAY,
    expiresAt: now + 11 * DAY,
    state: { status: 'pending', since: new Date(created).toISOString(), provisioning: 'pending:2' },
  });
  const subs = [
    { id: '04306d63-4791-4a53-9b49-bddb2516f666', name: 'Microsoft 365 Business Premium', quantity: 13 },
    { id: 'ab616b89-7d2d-4bba-b8bf-1aa495cc916f', name: 'Microsoft 365 E5', quantity: 21 },
  ];
  const completed = { status: 'completed', since: new Date(now).toISOString() };
  const step = { ...watch.state, provisioning: 'fulfilled:1,pending:1' };
  const known = { at: created, known: true };
  const unknown = { at: watch.createdAt, known: false };
  const { change, expired } = watchNotices(portalLinks('global'));
  return [
    {
      name: 'notice completed',
      card: change(watch, watch.state, completed, { since: known, subscriptions: subs, now }),
    },
    {
      name: 'notice completed, none',
      card: change(watch, watch.state, completed, { since: unknown, subscriptions: [], now }),
    },
    { name: 'notice completed, unread', card: change(watch, watch.state, completed, { since: known, now }) },
    {
      name: 'notice cancelled',
      card: change(watch, watch.state, { ...completed, status: 'cancelled' }, { since: known, now }),
    },
    {
      name: 'notice provisioning',
      card: change(watch, watch.state, step, { since: known, subscriptions: [], now }),
    },
    {
      name: 'notice provisioning, unknown since',
      card: change(watch, watch.state, step, { since: unknown, subscriptions: [], now }),
    },
    { name: 'notice expired', card: expired(watch) },
  ];
}
