// The bot answers everything the sandbox's realData knob and error faults produce (issue 10): the real
// client, cache and cards against the real sandbox over HTTP, no mocks.

import { handleText } from '../../src/commands/run-command';
import { CONTOSO_ORDER_IDS } from '../../dev/sandbox';
import { DUPLICATE_NAME_TENANT_IDS } from '../../dev/sandbox/real-data';
import { cardTexts } from '../cards/card-fixtures';
import { expectValidCard } from '../cards/validate-card';
import { commandSuite } from '../support/command-suite';

const CORRELATION_ID = '5e1ec7ed-0000-4000-8000-0000000000a2';

const suite = commandSuite(CORRELATION_ID, (sandbox) => {
  sandbox.knobs.realData = true;
});
const env = () => suite.env();
const textOf = (card: unknown) => cardTexts(card as never).join('\n');

describe('real data shapes', () => {
  it('the orders summary reads capitalised enums, missing status/currency and other date forms', async () => {
    const outcome = await handleText('orders for contoso', env());
    expect(outcome.result).toBe('ok');
    expectValidCard(outcome.card);
    const text = textOf(outcome.card);
    expect(text).toContain('Completed');
    expect(text).toContain('Pending');
    expect(text).toContain('One-time');
    expect(text).toContain('Mar 15, 2018');
    expect(text).not.toMatch(/OneTime|Invalid Date|NaN|undefined/);
  });

  it('a status filter matches a capitalised status', async () => {
    const outcome = await handleText('pending orders for contoso', env());
    expect(outcome.result).toBe('ok');
    expect(outcome.resultCount).toBeGreaterThanOrEqual(2);
  });

  it('a billing-cycle filter matches a capitalised cycle', async () => {
    const outcome = await handleText('monthly orders for contoso', env());
    expect(outcome.result).toBe('ok');
    expect(outcome.resultCount).toBeGreaterThanOrEqual(1);
  });

  it('order detail and its subscriptions render', async () => {
    const id = CONTOSO_ORDER_IDS.aadP2Monthly;
    const detail = await handleText(`order ${id} for contoso`, env());
    expect(detail.result).toBe('ok');
    expectValidCard(detail.card);
    const subs = await handleText(`subscriptions for order ${id} for contoso`, env());
    expect(subs.result).toBe('ok');
    expectValidCard(subs.card);
    expect(textOf(subs.card)).toContain('Active');
  });

  it('two customers with exactly the same name, one without a domain, get a choice that tells them apart', async () => {
    const outcome = await handleText('orders for Greenhill Pharmacy', env());
    expect(outcome.result).toBe('ambiguous');
    expectValidCard(outcome.card);
    const text = textOf(outcome.card);
    expect(text).toContain('greenhillpharmacy.onmicrosoft.com');
    expect(text).toContain(DUPLICATE_NAME_TENANT_IDS[1]);
  });

  it('a customer without a domain can be asked for by tenant id', async () => {
    const outcome = await handleText(`orders for ${DUPLICATE_NAME_TENANT_IDS[1]}`, env());
    expect(outcome.result).toBe('ok');
    expectValidCard(outcome.card);
  });
});

describe('real error answers', () => {
  it('a 403 (code 20002) is "Not allowed"', async () => {
    suite.sandbox.knobs.faults.push({ match: '/orders', status: 403, times: 1 });
    const outcome = await handleText('orders for contoso', env());
    expect(cardTexts(outcome.card)[0]).toBe('Not allowed');
    expect(outcome.error).toMatchObject({ reason: 'forbidden', code: 20002 });
  });

  it('an HTML error page is a Partner Center error with the correlation id', async () => {
    suite.sandbox.knobs.faults.push({ match: '/orders', status: 502, html: true, times: 1 });
    const outcome = await handleText('orders for contoso', env());
    expect(cardTexts(outcome.card)[0]).toBe('Partner Center error');
    const text = textOf(outcome.card);
    expect(text).toContain(CORRELATION_ID);
    expect(text).not.toContain('<');
  });

  it('a string error code is shown as it came', async () => {
    suite.sandbox.knobs.faults.push({ match: '/orders', status: 400, code: 'InvalidInput', times: 1 });
    const outcome = await handleText('orders for contoso', env());
    expect(cardTexts(outcome.card)[0]).toBe('Partner Center error');
    expect(textOf(outcome.card)).toContain('InvalidInput');
  });
});
