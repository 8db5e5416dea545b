// X-Locale carries a culture Partner Center supports, whatever locale the Teams client sent (issue 10).

import { CONTOSO_TENANT_ID } from '../../dev/sandbox';
import { startSandboxClient, turn, type SandboxClient } from '../support/partner-center';

let pc: SandboxClient;
beforeAll(async () => {
  pc = await startSandboxClient({ maxRetries: 0 });
});
afterAll(() => pc.sandbox.close());
beforeEach(() => pc.sandbox.clearRequests());

async function sentLocale(locale: string | undefined): Promise<string | undefined> {
  pc.sandbox.clearRequests();
  await pc.client.getCustomer(CONTOSO_TENANT_ID, { ...turn(), locale });
  return pc.sandbox.requests.find((r) => r.path.startsWith('/v1/customers/'))?.headers['x-locale'];
}

describe('X-Locale', () => {
  it.each([
    ['en-US', 'en-US'],
    ['pt-br', 'pt-BR'],
    ['pt', 'pt-BR'],
    ['zh-Hans-CN', 'zh-CN'],
    ['zh-Hant-TW', 'zh-TW'],
    ['it', 'it-IT'],
    ['it_IT', 'it-IT'],
    ['fr-BE', 'fr-FR'],
    ['en-150', 'en-US'],
    ['xx-YY', 'en-US'],
    ['', 'en-US'],
    [undefined, 'en-US'],
    ['not a locale', 'en-US'],
  ])('sends %p as %p', async (given, sent) => {
    expect(await sentLocale(given)).toBe(sent);
  });

  it('never puts a character outside Latin-1 in the header (the call would fail)', async () => {
    expect(await sentLocale('日本語')).toBe('en-US');
    expect(await sentLocale('de-DE\u2028')).toBe('de-DE');
  });
});
