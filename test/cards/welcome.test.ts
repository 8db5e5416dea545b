import { welcomeCard } from '../../src/cards';
import { withRefreshFailedNotice } from '../../src/cards/sandbox-notice';
import { typeAction } from '../../src/commands';
import { cardTexts } from './card-fixtures';
import { expectValidCard } from './validate-card';

const LOCALES = ['en-US', 'pt-BR', 'zh-CN', 'it-IT'];
/** The example to type, in words the parser reads in each language. */
const EXAMPLE: Record<string, string> = {
  'en-US': 'orders for contoso',
  'pt-BR': 'pedidos de contoso',
  'zh-CN': 'contoso 的订单',
  'it-IT': 'ordini di contoso',
};

describe('welcomeCard (a group chat or team adds the bot)', () => {
  it.each(LOCALES)('is a valid short card in %s that names the bot to mention and offers help', (locale) => {
    const card = welcomeCard({ botName: 'Orders Bot', helpAction: typeAction('help') }, { locale });
    expectValidCard(card);
    expect(cardTexts(card).join('\n')).toContain(`@Orders Bot ${EXAMPLE[locale]}`);
    expect(card.actions).toEqual([expect.objectContaining({ data: typeAction('help') })]);
  });

  it('shows a bot name as plain text', () => {
    const card = welcomeCard({ botName: '**Bot** [x](y)', helpAction: typeAction('help') }, { locale: 'en' });
    expect(cardTexts(card)[1]).not.toContain('**Bot**');
  });
});

describe('withRefreshFailedNotice', () => {
  it.each(LOCALES)('leads the last good card with how old it is, in %s', (locale) => {
    const good = welcomeCard({ botName: 'Orders Bot', helpAction: typeAction('help') }, { locale });
    const card = withRefreshFailedNotice(good, locale, 5 * 60_000);
    expectValidCard(card);
    expect(cardTexts(card)).toHaveLength(cardTexts(good).length + 1);
    expect(cardTexts(card)[0]).toMatch(/5/);
  });
});
