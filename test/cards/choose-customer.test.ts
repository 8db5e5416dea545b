import { chooseCustomerCard } from '../../src/cards';
import { cardText, cardTexts, submitActions } from './card-fixtures';
import { expectValidCard } from './validate-card';

const pick = (customerId: string) => ({ verb: 'orders', command: { customer: customerId } });

const fabrikams = Array.from({ length: 14 }, (_, n) => ({
  id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
  name: `Fabrikam ${n}`,
  domain: n % 2 ? `fabrikam${n}.onmicrosoft.com` : undefined,
}));

describe('chooseCustomerCard', () => {
  it('offers a button per candidate (name and domain) with the caller’s data', () => {
    const card = chooseCustomerCard(
      { query: 'fabrikam', candidates: fabrikams.slice(0, 3), action: pick },
      { locale: 'en-US' },
    );
    expectValidCard(card);
    expect(cardTexts(card).slice(0, 2)).toEqual([
      'Several customers match “fabrikam”',
      'Which one do you mean?',
    ]);
    expect(submitActions(card)).toEqual([
      { title: 'Fabrikam 0', data: pick(fabrikams[0]!.id) },
      { title: 'Fabrikam 1 (fabrikam1.onmicrosoft.com)', data: pick(fabrikams[1]!.id) },
      { title: 'Fabrikam 2', data: pick(fabrikams[2]!.id) },
    ]);
  });

  it('shows at most 10 and says how many matched', () => {
    const card = chooseCustomerCard(
      { query: 'fab', candidates: fabrikams, action: pick },
      { locale: 'en-US' },
    );
    expectValidCard(card);
    expect(submitActions(card)).toHaveLength(10);
    expect(cardText(card)).toContain('Showing 10 of 14. Type more of the name to narrow it down.');
  });

  it('says how many matched in all when the directory found more than it offers', () => {
    const card = chooseCustomerCard(
      { query: 'coffee', candidates: fabrikams.slice(0, 10), total: 486, action: pick },
      { locale: 'en-US' },
    );
    expect(cardText(card)).toContain('Showing 10 of 486. Type more of the name to narrow it down.');
  });

  it.each([
    ['en-US', 'No customer matches “contsoo” exactly', 'Did you mean:'],
    ['pt-BR', 'Nenhum cliente corresponde exatamente a “contsoo”', 'Você quis dizer:'],
    ['zh-CN', '没有与“contsoo”完全匹配的客户', '你是不是要找：'],
    ['it-IT', 'Nessun cliente corrisponde esattamente a “contsoo”', 'Forse intendevi:'],
  ])('offers close spellings as "did you mean" (%s)', (locale, title, prompt) => {
    const card = chooseCustomerCard(
      { query: 'contsoo', candidates: fabrikams.slice(0, 2), near: true, action: pick },
      { locale },
    );
    expectValidCard(card);
    expect(cardTexts(card).slice(0, 2)).toEqual([title, prompt]);
    expect(submitActions(card)).toHaveLength(2);
  });

  it.each([
    ['pt-BR', 'Vários clientes correspondem a “fab”'],
    ['zh-CN', '有多个客户与“fab”匹配'],
    ['it-IT', 'Più clienti corrispondono a “fab”'],
    ['de-DE', 'Several customers match “fab”'],
  ])('%s', (locale, title) => {
    const card = chooseCustomerCard({ query: 'fab', candidates: fabrikams, action: pick }, { locale });
    expectValidCard(card);
    expect(cardTexts(card)[0]).toBe(title);
  });
});
