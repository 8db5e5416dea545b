import { PC_ERROR_CODES, pcError, statusText } from './http/errors';
import type { Reply } from './http/reply';
import type { FaultRule, SandboxKnobs } from './knobs';

function matches(rule: FaultRule, path: string, isApi: boolean): boolean {
  return rule.match === undefined ? isApi : path.toLowerCase().includes(rule.match.toLowerCase());
}

/**
 * The first rule matching the request, counting down its `times` and dropping it when spent. Decided
 * when the request arrives, so concurrent requests use up rules in arrival order.
 */
export function takeFault(knobs: SandboxKnobs, path: string, isApi: boolean): FaultRule | undefined {
  const { faults } = knobs;
  for (let i = 0; i < faults.length; i++) {
    const rule = faults[i];
    if (!rule) continue;
    if (rule.times !== undefined && rule.times <= 0) {
      faults.splice(i--, 1);
      continue;
    }
    if (!matches(rule, path, isApi)) continue;
    if (rule.times !== undefined && --rule.times <= 0) faults.splice(i, 1);
    return rule;
  }
  return undefined;
}

/** The answer for a fault: throttling has its own body shape, everything else Partner Center's error body. */
export function faultReply(rule: FaultRule): Reply {
  const headers: Record<string, string> = {};
  if (rule.retryAfterSeconds !== undefined)
    headers['Retry-After'] = String(Math.ceil(rule.retryAfterSeconds));
  if (rule.body !== undefined) return { status: rule.status, headers, body: rule.body };
  if (rule.html) return { status: rule.status, headers, text: htmlErrorPage(rule.status) };
  if (rule.status === 429) {
    const wait =
      rule.retryAfterSeconds === undefined ? 'later' : `in ${Math.ceil(rule.retryAfterSeconds)} seconds`;
    return {
      status: 429,
      headers,
      body: rule.description
        ? { statusCode: 429, message: rule.description }
        : { statusCode: 429, message: `Rate limit is exceeded. Try again ${wait}.` },
    };
  }
  return {
    status: rule.status,
    headers,
    body: pcError(rule.code ?? defaultCode(rule.status), rule.description ?? statusText(rule.status)),
  };
}

/** Partner Center answers a 403 with code 20002 ("not authorized to access this resource"). */
function defaultCode(status: number): number {
  return status === 403 ? PC_ERROR_CODES.forbidden : status;
}

function htmlErrorPage(status: number): { contentType: string; content: string } {
  const title = `${status} ${statusText(status)}`;
  return {
    contentType: 'text/html; charset=utf-8',
    content: `<!DOCTYPE html><html><head><title>${title}</title></head><body><h1>${title}</h1><p>The service is unavailable.</p></body></html>`,
  };
}
