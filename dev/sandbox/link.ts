import type { SandboxLink } from './fixtures/types';

/** Partner Center's link object; uris are relative to the API version root, as in the seeds. */
export function link(uri: string, method = 'GET', headers: SandboxLink['headers'] = []): SandboxLink {
  return { uri, method, headers };
}
