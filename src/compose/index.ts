// Where people already write (issue 20): the compose box's search and unfurled Partner Center links. Core only:
// view models and the commands choosing an item runs; src/bot/compose-extension.ts answers Teams' invokes.
export { type ComposeItem, type ComposeItemKind, type ComposePreview } from './items';
export { parsePortalLink, PORTAL_HOSTS, type PortalCloud, type PortalLink } from './portal-link-parse';
export { rememberLookup } from './recent-lookups';
export { MAX_RESULTS, searchPartnerCenter, type SearchAnswer, type SearchPage } from './search';
export { composeTexts, type ComposeTexts } from './texts';
export { unfurlLink } from './unfurl';
