import { runAction } from '../../src/commands/actions';
import { readSubmit } from '../../src/commands/registry';
import { handleSubmit } from '../../src/commands/run-command';
import { CONTOSO_TENANT_ID } from '../../dev/sandbox';
import { cardTexts } from '../cards/card-fixtures';
import { startSandboxClient, turn, type SandboxClient } from '../support/partner-center';
import { REGISTRY } from '../../src/commands/registry';

const order = (orderId: string, customer = CONTOSO_TENANT_ID) =>
  runAction({ kind: 'order', customer, orderId });

describe('button payloads carrying ids', () => {
  it.each(['.', '..', ' .. ', 'a/b', '../..'])('refuses the order id %j', (orderId) => {
    expect(readSubmit(order(orderId))).toEqual({ kind: 'invalid' });
    expect(readSubmit(runAction({ kind: 'subscriptions', customer: 'contoso', orderId }))).toEqual({
      kind: 'invalid',
    });
  });

  it.each(['.', '..'])('refuses the customer %j', (customer) => {
    expect(readSubmit(order('eeba9d00-7b46-443a-917e-22887a8fc993', customer))).toEqual({ kind: 'invalid' });
    expect(readSubmit(runAction({ kind: 'orders', customer, filters: {} }))).toEqual({ kind: 'invalid' });
  });

  it('accepts real ids', () => {
    expect(readSubmit(order('9qg-ErcO-4MPbPqq_3MIQaS7bn8W6HfG1'))).toMatchObject({ kind: 'command' });
  });

  describe('clicked, against the sandbox', () => {
    let pc: SandboxClient;
    beforeAll(async () => {
      pc = await startSandboxClient();
    });
    afterAll(() => pc.sandbox.close());

    it('answers a tampered `..` with "that button no longer works" and asks Partner Center nothing', async () => {
      const outcome = await handleSubmit(order('..'), {
        commands: REGISTRY,
        api: pc.client,
        ctx: { ...turn(), locale: 'en-US' },
      });
      expect(outcome.result).toBe('invalid');
      expect(cardTexts(outcome.card)[0]).toBe('That button no longer works');
      expect(pc.sandbox.requests).toHaveLength(0);
    });
  });
});
