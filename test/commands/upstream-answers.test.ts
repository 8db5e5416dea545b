// What a user sees when Partner Center answers with the wrong shape, or not before the turn's deadline.

import { handleText } from '../../src/commands/run-command';
import type { CommandEnv } from '../../src/commands/deps';
import { cardTexts } from '../cards/card-fixtures';
import { expectValidCard } from '../cards/validate-card';
import { commandSuite } from '../support/command-suite';

const CORRELATION_ID = '5e1ec7ed-0000-4000-8000-000000000008';

const suite = commandSuite(CORRELATION_ID);
const env = (extra: Partial<CommandEnv['ctx']> = {}) => suite.env(extra);

describe('answers Partner Center got wrong', () => {
  it('a wrong-shaped orders answer gets the Partner Center error card with the correlation id', async () => {
    suite.sandbox.knobs.faults.push({ match: '/orders', status: 200, body: { items: [{ status: 'x' }] } });
    const outcome = await handleText('orders for contoso', env());
    expect(outcome.result).toBe('error');
    expect(outcome.error).toMatchObject({ reason: 'malformed', operation: 'listOrders' });
    expectValidCard(outcome.card);
    const texts = cardTexts(outcome.card);
    expect(texts[0]).toBe('Partner Center error');
    expect(texts.join('\n')).toContain(CORRELATION_ID);
  });

  it('a customer without companyProfile is an error, not a crash', async () => {
    suite.sandbox.knobs.faults.push({ match: '/customers', status: 200, body: { items: [{ id: 'c' }] } });
    const outcome = await handleText('orders for contoso', env());
    expect(outcome.error).toMatchObject({ reason: 'malformed', operation: 'searchCustomers' });
    expect(cardTexts(outcome.card)[0]).toBe('Partner Center error');
  });

  it('no answer before the deadline gets the "Partner Center is slow" card', async () => {
    suite.sandbox.knobs.latencyMs = 3000;
    const outcome = await handleText('orders for contoso', env({ signal: AbortSignal.timeout(100) }));
    expect(outcome.error).toMatchObject({ reason: 'timeout' });
    expect(cardTexts(outcome.card)[0]).toBe('Partner Center is slow');
    expect(cardTexts(outcome.card).join('\n')).toContain(CORRELATION_ID);
  });
});
