import { domainStem, looksLikeDomain } from '../../src/directory/domains';

describe('domain stems', () => {
  it.each([
    ['contoso.onmicrosoft.com', 'contoso'],
    ['Contoso.OnMicrosoft.com', 'contoso'],
    ['contoso.com', 'contoso'],
    ['contoso.co.uk', 'contoso'],
    ['contoso.com.br', 'contoso'],
    ['sales.contoso.com', 'sales.contoso'],
    ['contoso.partner.onmschina.cn', 'contoso'],
    ['contoso', 'contoso'],
    ['', ''],
  ])('%s → %s', (domain, stem) => {
    expect(domainStem(domain)).toBe(stem);
  });

  it('tells a domain from a name', () => {
    expect(looksLikeDomain('contoso.com')).toBe(true);
    expect(looksLikeDomain('contoso')).toBe(false);
    expect(looksLikeDomain('.onmicrosoft.com')).toBe(false);
    expect(looksLikeDomain('contoso pharma.com')).toBe(false);
  });
});
