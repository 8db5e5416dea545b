// X-Locale must be a culture Partner Center supports; an unsupported one (or one with characters an HTTP
// header cannot carry) fails the call. Teams sends whatever the client is set to: "pt-br", "zh-Hans-CN",
// "fr", "en-150"… Map it to the nearest supported culture, else en-US.

const DEFAULT_PARTNER_CENTER_LOCALE = 'en-US';

/** Cultures Partner Center localises into (its supported markets' languages). */
const SUPPORTED = [
  'ar-SA', 'bg-BG', 'cs-CZ', 'da-DK', 'de-DE', 'el-GR', 'en-GB', 'en-US', 'es-ES', 'es-MX', 'et-EE',
  'fi-FI', 'fr-CA', 'fr-FR', 'he-IL', 'hr-HR', 'hu-HU', 'id-ID', 'it-IT', 'ja-JP', 'ko-KR', 'lt-LT',
  'lv-LV', 'nb-NO', 'nl-NL', 'pl-PL', 'pt-BR', 'pt-PT', 'ro-RO', 'ru-RU', 'sk-SK', 'sl-SI', 'sr-Latn-RS',
  'sv-SE', 'th-TH', 'tr-TR', 'uk-UA', 'vi-VN', 'zh-CN', 'zh-TW',
]; // prettier-ignore

const byLower = new Map(SUPPORTED.map((c) => [c.toLowerCase(), c]));
/** The culture a bare language means: the first listed for it ("pt" → pt-BR, "zh" → zh-CN). */
const byLanguage = new Map<string, string>();
for (const c of SUPPORTED) {
  const language = c.slice(0, c.indexOf('-')).toLowerCase();
  if (!byLanguage.has(language)) byLanguage.set(language, c);
}
byLanguage.set('en', DEFAULT_PARTNER_CENTER_LOCALE);
byLanguage.set('es', 'es-ES');
byLanguage.set('fr', 'fr-FR');
byLanguage.set('nn', 'nb-NO');
byLanguage.set('no', 'nb-NO');
byLanguage.set('sr', 'sr-Latn-RS');

const TRADITIONAL_CHINESE = /^zh-(hant|tw|hk|mo)\b/;

/** A supported culture for the user's locale; never throws, always a plain ASCII header value. */
export function partnerCenterLocale(locale: string | undefined): string {
  const given = (locale ?? '').trim().replace(/_/g, '-');
  if (!/^[A-Za-z0-9-]{1,35}$/.test(given)) return DEFAULT_PARTNER_CENTER_LOCALE;
  let canonical: string;
  try {
    canonical = Intl.getCanonicalLocales(given)[0] ?? '';
  } catch {
    return DEFAULT_PARTNER_CENTER_LOCALE;
  }
  const lower = canonical.toLowerCase();
  const exact = byLower.get(lower);
  if (exact) return exact;
  if (TRADITIONAL_CHINESE.test(lower)) return 'zh-TW';
  return byLanguage.get(lower.split('-')[0] ?? '') ?? DEFAULT_PARTNER_CENTER_LOCALE;
}
