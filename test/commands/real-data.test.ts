// Defects only real Partner Center data shows (issue 10), driven through the real sandbox over HTTP.

import { handleText } from '../../src/commands/run-command';
import { CONTOSO_ORDER_IDS } from '../../dev/sandbox';
import { cardTexts } from '../cards/card-fixtures';
import { commandSuite } from '../support/command-suite';

const CORRELATION_ID = '5e1ec7ed-0000-4000-8000-0000000000a1';

const suite = commandSuite(CORRELATION_ID);
const env = () => suite.env();
const textOf = (outcome: { card: unknown }) => cardTexts(outcome.card as never).join('\n');

describe('order ids are case-insensitive, as in Partner Center', () => {
  it('joins an order to subscriptions whose orderId is in another case (seed: CF3B0E37 vs cf3b0e37)', async () => {
    const outcome = await handleText('orders for contoso', env());
    expect(outcome.result).toBe('ok');
    // Order eeba9d00-… owns two subscriptions; the sandbox writes one orderId in upper case.
    const texts = cardTexts(outcome.card);
    const heading = texts.findIndex((t) => t.includes('eeba9d00'));
    expect(heading).toBeGreaterThanOrEqual(0);
    expect(texts.slice(heading, heading + 4).join('\n')).toMatch(/2 subscriptions/);
  });

  it('finds an order typed in upper case', async () => {
    const typed = CONTOSO_ORDER_IDS.aadP2Monthly.toUpperCase();
    const outcome = await handleText(`order ${typed} for contoso`, env());
    expect(outcome.result).toBe('ok');
    expect(textOf(outcome)).toContain('Azure Active Directory Premium P2');
  });

  it('lists the subscriptions of an order typed in upper case', async () => {
    const typed = CONTOSO_ORDER_IDS.aadP2Monthly.toUpperCase();
    const outcome = await handleText(`subscriptions for order ${typed} for contoso`, env());
    expect(outcome.result).toBe('ok');
    expect(outcome.resultCount).toBe(2);
  });
});

describe('a 404 blames what was not found', () => {
  it('a 404 from the orders list of a customer just found is not "Customer not found"', async () => {
    suite.sandbox.knobs.faults.push({ match: '/orders', status: 404, times: 1 });
    const outcome = await handleText('orders for contoso', env());
    expect(outcome.result).toBe('error');
    const texts = cardTexts(outcome.card);
    expect(texts[0]).toBe('Partner Center error');
    expect(texts.join('\n')).toContain('could not find');
    expect(texts.join('\n')).toContain(CORRELATION_ID);
  });

  it('a 404 from the subscriptions list of an order is not "Customer not found"', async () => {
    suite.sandbox.knobs.faults.push({ match: '/subscriptions', status: 404, times: 1 });
    const id = CONTOSO_ORDER_IDS.aadP2Monthly;
    const outcome = await handleText(`order ${id} for contoso`, env());
    expect(cardTexts(outcome.card)[0]).toBe('Partner Center error');
    expect(textOf(outcome)).not.toContain('Customer not found');
  });

  it('an unknown order is still "Order not found"', async () => {
    const outcome = await handleText('order Zz9Zz9Zz9Zz9Zz9Zz9Zz9Zz9Zz9Zz9Zz9 for contoso', env());
    expect(outcome.result).toBe('notFound');
    expect(cardTexts(outcome.card)[0]).toBe('Order not found');
  });
});

describe('a pasted truncated order id', () => {
  const full = CONTOSO_ORDER_IDS.riD1Pending; // 9qg-ErcO-4MPbPqq_3MIQaS7bn8W6HfG1

  it.each(['9qg-ErcO…', '9qg-ErcO...', '9qg-ErcO', '9QG-ERCO…'])(
    'finds the one order of the customer that %s starts',
    async (typed) => {
      const outcome = await handleText(`order ${typed} for contoso`, env());
      expect(outcome.result).toBe('ok');
      expect(textOf(outcome)).toContain('Reserved_VM_Instance_Standard_D1_AP_East_1_Year');
      expect(textOf(outcome)).toContain(full.slice(0, 8));
    },
  );

  it('lists the subscriptions of a truncated order id', async () => {
    const outcome = await handleText(`subscriptions for order eeba9d00… for contoso`, env());
    expect(outcome.result).toBe('ok');
    expect(outcome.resultCount).toBe(2);
  });

  it('says so when several orders start with it, and lists their full ids', async () => {
    const twins = ['9qg-ErcO-aaaaaaaaaaaaaaaaaaaaaaaaa', '9QG-ERCO-bbbbbbbbbbbbbbbbbbbbbbbbb'];
    const order = (id: string) => ({
      id,
      referenceCustomerId: 'x',
      billingCycle: 'monthly',
      creationDate: '2024-01-01T00:00:00Z',
      status: 'completed',
      lineItems: [],
    });
    // getOrder("9qg-ErcO") is not found; the customer's list then holds two orders with that start.
    suite.sandbox.knobs.faults.push(
      { match: '/orders/', status: 404, times: 1 },
      { match: '/orders', status: 200, times: 1, body: { totalCount: 2, items: twins.map(order) } },
    );
    const outcome = await handleText('order 9qg-ErcO… for contoso', env());
    expect(outcome.result).toBe('ambiguous');
    const text = textOf(outcome);
    expect(text).toContain('Several orders (2) start with 9qg-ErcO');
    for (const id of twins) expect(text).toContain(id);
  });

  it('an unknown short id is still "Order not found"', async () => {
    const outcome = await handleText('order Qq7zzz… for contoso', env());
    expect(outcome.result).toBe('notFound');
    expect(cardTexts(outcome.card)[0]).toBe('Order not found');
  });
});
