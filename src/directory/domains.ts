// A customer's domain as people say it: "contoso", "contoso.com" and "contoso.onmicrosoft.com" name the same
// customer. The stem is the part before the tenant suffix (or before the public suffix of a vanity domain).

const DOMAIN = /^[a-z0-9-]+(\.[a-z0-9-]+)+$/i;
/** Microsoft's tenant domains (global, Germany, China). */
const TENANT_SUFFIXES = ['.onmicrosoft.com', '.onmicrosoft.de', '.partner.onmschina.cn', '.onmschina.cn'];
/** Second-level labels of country domains: contoso.co.uk's stem is contoso, not contoso.co. */
const SECOND_LEVEL = new Set(['co', 'com', 'org', 'net', 'ac', 'gov', 'edu', 'ltd', 'plc', 'or', 'ne', 'gv']);

/** Whether `text` is written as a domain (labels joined by dots). */
export function looksLikeDomain(text: string): boolean {
  return DOMAIN.test(text);
}

/** contoso.onmicrosoft.com → contoso; contoso.com → contoso; contoso.co.uk → contoso; '' for ''. */
export function domainStem(domain: string): string {
  const lower = domain.trim().toLowerCase();
  const tenant = TENANT_SUFFIXES.find((suffix) => lower.endsWith(suffix) && lower.length > suffix.length);
  if (tenant) return lower.slice(0, -tenant.length);
  const labels = lower.split('.');
  if (labels.length < 2) return lower;
  labels.pop();
  if (labels.length > 1 && SECOND_LEVEL.has(labels[labels.length - 1]!)) labels.pop();
  return labels.join('.');
}
