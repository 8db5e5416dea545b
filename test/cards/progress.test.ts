import { progressCard } from '../../src/cards';
import type { Command } from '../../src/commands';
import { progressTitle } from '../../src/commands';
import { customerOrReply } from '../../src/commands/shared/customer-step';
import { cardText, cardTexts } from './card-fixtures';
import { expectValidCard } from './validate-card';

const en = { locale: 'en-US' };

// The title comes from the command's own `progress` hook (its strings), the rest from the progress card.
type Asked =
  | { kind: 'orders'; customer: string }
  | { kind: 'order' | 'subscriptions'; customer: string; orderId: string };
function progress(
  asked: (Asked & { replacedInPlace: boolean }) | { replacedInPlace: boolean },
  ctx: { locale: string },
) {
  const command = 'kind' in asked ? ({ filters: {}, ...asked } as Command) : undefined;
  return progressCard(
    { title: progressTitle(command, ctx.locale), replacedInPlace: asked.replacedInPlace },
    ctx,
  );
}

describe('progressCard', () => {
  it('says what is being looked up, and where the answer will be', () => {
    const card = progress({ kind: 'orders', customer: 'Contoso', replacedInPlace: true }, en);
    expectValidCard(card);
    expect(cardTexts(card)).toEqual([
      'Looking up the orders of Contoso…',
      'Partner Center is taking a moment. The answer will appear here.',
    ]);
    expect(cardText(progress({ kind: 'orders', customer: 'Contoso', replacedInPlace: false }, en))).toContain(
      'The answer follows shortly.',
    );
  });

  it('names the order, and falls back to a general line for a tenant id or no command', () => {
    expect(
      cardTexts(
        progress({ kind: 'order', customer: 'contoso', orderId: 'ABC', replacedInPlace: true }, en),
      )[0],
    ).toBe('Looking up order ABC of contoso…');
    expect(
      cardTexts(
        progress({ kind: 'subscriptions', customer: 'contoso', orderId: 'ABC', replacedInPlace: true }, en),
      )[0],
    ).toBe('Looking up the subscriptions of order ABC…');
    const tenant = '4a1e3f2b-0000-4000-8000-000000000001';
    expect(cardTexts(progress({ kind: 'orders', customer: tenant, replacedInPlace: true }, en))[0]).toBe(
      'Looking that up in Partner Center…',
    );
    expect(cardTexts(progress({ replacedInPlace: true }, en))[0]).toBe('Looking that up in Partner Center…');
  });

  it('is translated', () => {
    for (const locale of ['pt-BR', 'zh-CN', 'it-IT']) {
      const card = progress({ kind: 'orders', customer: 'Contoso', replacedInPlace: true }, { locale });
      expectValidCard(card);
      expect(cardTexts(card)[0]).toContain('Contoso');
      expect(cardTexts(card)[0]).not.toContain('Looking up');
    }
  });

  it('keeps a long name short', () => {
    const card = progress({ kind: 'orders', customer: 'x'.repeat(500), replacedInPlace: true }, en);
    expect(cardTexts(card)[0]!.length).toBeLessThan(120);
  });
});

describe('progressCard once the customer is known', () => {
  // Issue 21: the customer's name, as the turn learnt it, instead of what was typed (or a clicked tenant id).
  const learnt = { customer: { id: '4a1e3f2b-0000-4000-8000-000000000001', name: 'Tailspin Toys' } };

  it.each([
    [
      'en-US',
      { kind: 'orders', customer: 'tailspin', filters: {} },
      'Looking up the orders of Tailspin Toys…',
    ],
    [
      'en-US',
      { kind: 'orders', customer: learnt.customer.id, filters: {} },
      'Looking up the orders of Tailspin Toys…',
    ],
    ['en-US', { kind: 'order', customer: 'tail', orderId: 'ABC' }, 'Looking up order ABC of Tailspin Toys…'],
    [
      'pt-BR',
      { kind: 'orders', customer: 'tailspin', filters: {} },
      'Consultando os pedidos de Tailspin Toys…',
    ],
    ['zh-CN', { kind: 'orders', customer: 'tailspin', filters: {} }, '正在查询 Tailspin Toys 的订单…'],
    ['it-IT', { kind: 'orders', customer: 'tailspin', filters: {} }, 'Cerco gli ordini di Tailspin Toys…'],
  ] as const)('%s: %j', (locale, command, title) => {
    expect(progressTitle(command as Command, locale, learnt)).toBe(title);
  });

  it('is learnt by the customer step of a command, which the bot hands the progress card', async () => {
    const env = {
      api: {} as never,
      ctx: { correlationId: 'c', locale: 'en-US' },
      learnt: {},
      directory: {
        resolve: () => ({
          kind: 'found' as const,
          customer: { id: learnt.customer.id, companyProfile: { companyName: 'Tailspin Toys' } },
          rank: 0,
        }),
        refresh: () => Promise.resolve({ count: 1 }),
      },
    };
    await customerOrReply({ kind: 'orders', customer: 'tailspin', filters: {} }, env as never);
    expect(progressTitle({ kind: 'orders', customer: 'tailspin', filters: {} }, 'en-US', env.learnt)).toBe(
      'Looking up the orders of Tailspin Toys…',
    );
  });
});

describe('progressCard with what the user typed', () => {
  it('shows a customer name as text, not markup', () => {
    const card = progress(
      { kind: 'orders', customer: '[Contoso](https://evil.example) **now**', replacedInPlace: true },
      { locale: 'en-US' },
    );
    const title = JSON.stringify(card);
    expect(title).toContain('\\\\[Contoso\\\\]');
    expect(title).toContain('\\\\*\\\\*now\\\\*\\\\*');
  });
});
