import { SANDBOX_TOKEN, startSandbox, type Sandbox, type SandboxOptions } from '../../../dev/sandbox';

export interface JsonResponse<T> {
  status: number;
  headers: Headers;
  body: T;
}

/** One sandbox per test file, knobs and recorded requests reset before each test. */
export function useSandbox(options: SandboxOptions = {}): () => Sandbox {
  let sandbox: Sandbox | undefined;
  beforeAll(async () => {
    sandbox = await startSandbox({ port: 0, ...options });
  });
  afterAll(async () => {
    await sandbox?.close();
  });
  beforeEach(() => {
    sandbox?.knobs.reset();
    sandbox?.clearRequests();
  });
  return () => {
    if (!sandbox) throw new Error('sandbox not started');
    return sandbox;
  };
}

export function authHeaders(extra: Record<string, string> = {}): Record<string, string> {
  return { Authorization: `Bearer ${SANDBOX_TOKEN}`, Accept: 'application/json', ...extra };
}

/** GET with the sandbox token; parses the body as JSON (after stripping a BOM, as clients must). */
export async function getJson<T = unknown>(
  sandbox: Sandbox,
  path: string,
  headers: Record<string, string> = authHeaders(),
): Promise<JsonResponse<T>> {
  const res = await fetch(sandbox.url + path, { headers });
  const text = await res.text();
  return { status: res.status, headers: res.headers, body: JSON.parse(text.replace(/^\uFEFF/, '')) as T };
}

export function customerFilter(field: string, value: string): string {
  return encodeURIComponent(JSON.stringify({ Field: field, Value: value, Operator: 'starts_with' }));
}
