import type { Link } from '../../src/partnercenter/models';

/** Partner Center's link object; uris are relative to the API version root, as in the seeds. */
export function link(uri: string, method = 'GET', headers: Link['headers'] = []): Link {
  return { uri, method, headers };
}
