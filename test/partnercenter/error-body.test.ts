// Partner Center's error body is read by its schema like every answer: a field of the wrong type is left out
// rather than carried into the error (its code is shown on the error card as "code …").

import { isPartnerCenterError, type PartnerCenterError } from '../../src/partnercenter/errors';
import { CONTOSO_TENANT_ID } from '../../dev/sandbox';
import { startSandboxClient, turn, type SandboxClient } from '../support/partner-center';

let pc: SandboxClient;
beforeAll(async () => {
  pc = await startSandboxClient({ maxRetries: 0 });
});
afterAll(() => pc.sandbox.close());
beforeEach(() => pc.sandbox.knobs.reset());

async function failure(body: unknown, status = 404): Promise<PartnerCenterError> {
  pc.sandbox.knobs.faults.push({ match: '/customers/', status, body, times: 1 });
  const err: unknown = await pc.client.getCustomer(CONTOSO_TENANT_ID, turn()).then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!isPartnerCenterError(err)) throw new Error(`expected a PartnerCenterError, got ${String(err)}`);
  return err;
}

it('reads the documented error body and the 429 body', async () => {
  const notFound = await failure({
    code: 60003,
    description: 'tenant not found',
    data: [],
    source: 'PartnerFD',
  });
  expect(notFound).toMatchObject({ reason: 'notFound', code: 60003, description: 'tenant not found' });
  const busy = await failure({ statusCode: 429, message: 'Rate limit is exceeded.' }, 400);
  expect(busy).toMatchObject({ code: 429, description: 'Rate limit is exceeded.' });
});

it('leaves out fields of the wrong type', async () => {
  const err = await failure({ code: { nested: 'x' }, description: ['not', 'text'] });
  expect(err.code).toBeUndefined();
  expect(err.description).toBe('HTTP 404');
  expect(err.message).not.toContain('[object Object]');
});
