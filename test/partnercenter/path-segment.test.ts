// An id of `.` or `..` (or one with a `/`) never becomes a path segment: URL normalisation would make
// `/customers/{id}/orders/..` ask for the customer itself.

import { isPathSafeId } from '../../src/partnercenter/path-segment';
import { CONTOSO_TENANT_ID } from '../../dev/sandbox';
import { startSandboxClient, turn, type SandboxClient } from '../support/partner-center';

let pc: SandboxClient;
beforeAll(async () => {
  pc = await startSandboxClient();
});
afterAll(() => pc.sandbox.close());
beforeEach(() => pc.sandbox.clearRequests());

describe('ids in URL paths', () => {
  it.each(['.', '..', 'a/b', '../orders', 'a\\b', ''])(
    'refuses the order id %j as not found, asking nothing',
    async (id) => {
      await expect(pc.client.getOrder(CONTOSO_TENANT_ID, id, turn())).rejects.toMatchObject({
        name: 'PartnerCenterError',
        reason: 'notFound',
        operation: 'getOrder',
      });
      expect(pc.sandbox.requests).toHaveLength(0);
    },
  );

  it.each(['.', '..', `${CONTOSO_TENANT_ID}/..`])('refuses the customer id %j in every call', async (id) => {
    const calls = [
      pc.client.getCustomer(id, turn()),
      pc.client.listOrders(id, {}, turn()),
      pc.client.listSubscriptions(id, turn()),
      pc.client.getOrder(id, 'eeba9d00-7b46-443a-917e-22887a8fc993', turn()),
    ];
    for (const call of calls) await expect(call).rejects.toMatchObject({ reason: 'notFound' });
    expect(pc.sandbox.requests).toHaveLength(0);
  });

  it('still sends ordinary ids, encoded', async () => {
    await expect(pc.client.getOrder(CONTOSO_TENANT_ID, 'a.b c', turn())).rejects.toMatchObject({
      reason: 'notFound',
      status: 404,
    });
    expect(pc.sandbox.requests.map((r) => r.path)).toEqual([
      `/v1/customers/${CONTOSO_TENANT_ID}/orders/a.b%20c`,
    ]);
    expect(isPathSafeId('9qg-ErcO-4MPbPqq_3MIQaS7bn8W6HfG1')).toBe(true);
  });
});
