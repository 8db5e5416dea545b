import { errorCard, type ErrorInput, type ErrorKind } from '../../src/cards';
import { cardText, cardTexts, coloredTexts } from './card-fixtures';
import { expectValidCard } from './validate-card';

const en = { locale: 'en-US' };
const KINDS: ErrorKind[] = [
  'customerNotFound',
  'orderNotFound',
  'resellerNotFound',
  'forbidden',
  'unauthorized',
  'throttled',
  'timeout',
  'upstream',
  'invalidAction',
  'refused',
  'rateLimited',
  'internal',
];

describe('errorCard', () => {
  it.each(KINDS)('%s has a title and an explanation in every language', (kind) => {
    const titles = new Set<string>();
    for (const locale of ['en-US', 'pt-BR', 'zh-CN', 'it-IT']) {
      const card = errorCard({ kind }, { locale });
      expectValidCard(card);
      const texts = cardTexts(card);
      expect(texts.length).toBeGreaterThanOrEqual(2);
      titles.add(texts[0]!);
    }
    expect(titles.size).toBe(4);
  });

  it('customerNotFound names the query and the closest names', () => {
    const card = errorCard(
      { kind: 'customerNotFound', query: 'zzyzx holdings', closestNames: ['Zeta Corp', 'Zylker'] },
      en,
    );
    expect(cardTexts(card)).toEqual([
      'Customer not found',
      'No customer matches “zzyzx holdings”.',
      'Check the name, domain or tenant id and try again.',
      'Closest: Zeta Corp, Zylker',
    ]);
  });

  it('orderNotFound says new orders can take up to 15 minutes to appear', () => {
    const text = cardText(errorCard({ kind: 'orderNotFound', query: 'no-such-order' }, en));
    expect(text).toContain('No order “no-such-order” was found for this customer.');
    expect(text).toContain('New orders can take up to 15 minutes to appear.');
  });

  it('adds the correlation id for support, the retry delay and a one-line detail', () => {
    const input: ErrorInput = {
      kind: 'throttled',
      retryAfterSeconds: 57,
      correlationId: '8a53b025-d5be-4d98-ab20-229d1813de76',
      detail: 'code 429\n    at PartnerCenterClient.send (client.ts:12:3)\n    at process',
    };
    const card = errorCard(input, en);
    expectValidCard(card);
    const text = cardText(card);
    expect(text).toContain('Try again in 57 seconds.');
    expect(text).toContain('Detail: code 429');
    expect(text).not.toContain(' at ');
    expect(cardTexts(card).at(-1)).toBe(
      'Correlation id: 8a53b025-d5be-4d98-ab20-229d1813de76 (give this to support)',
    );
    expect(cardText(errorCard({ kind: 'rateLimited', retryAfterSeconds: 1 }, en))).toContain(
      'Try again in 1 second.',
    );
  });

  it('colours lasting failures Attention and passing ones Warning', () => {
    expect(coloredTexts(errorCard({ kind: 'forbidden' }, en))[0]!.color).toBe('Attention');
    expect(coloredTexts(errorCard({ kind: 'timeout' }, en))[0]!.color).toBe('Warning');
  });

  it('falls back to the internal error for a kind it does not know', () => {
    const card = errorCard({ kind: 'somethingNew' as ErrorKind }, en);
    expectValidCard(card);
    expect(cardTexts(card)[0]).toBe('Something went wrong');
  });

  it('localises the extras', () => {
    const input: ErrorInput = {
      kind: 'orderNotFound',
      query: 'abc',
      retryAfterSeconds: 2,
      correlationId: 'c-1',
    };
    expect(cardText(errorCard(input, { locale: 'pt-BR' }))).toContain(
      'Pedidos novos podem levar até 15 minutos para aparecer.',
    );
    expect(cardText(errorCard(input, { locale: 'pt-BR' }))).toContain('Tente de novo em 2 segundos.');
    expect(cardText(errorCard(input, { locale: 'zh-CN' }))).toContain('关联 ID：c-1（请提供给支持人员）');
    expect(cardText(errorCard(input, { locale: 'it' }))).toContain('Riprova tra 2 secondi.');
    expect(cardText(errorCard(input, { locale: 'de-DE' }))).toContain('Order not found');
  });
});
