import { realDataBody } from './real-data';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CONTROL_PREFIX, handleControl } from './control';
import { faultReply, takeFault } from './faults';
import { withExtraCustomers } from './fixtures/extra-customers';
import { getFixtures } from './fixtures/store';
import { withSyntheticCustomers } from './fixtures/synthetic-customers';
import { ApiError, pcError, PC_ERROR_CODES } from './http/errors';
import { QueryParams } from './http/query';
import { isFormBody, readBody } from './http/read-body';
import { writeReply, type BodyTweaks, type Reply } from './http/reply';
import { traceHeaders } from './http/trace-headers';
import { createKnobs, type SandboxKnobs } from './knobs';
import { SeekPaging } from './paging';
import { recordRequest, type RecordedRequest } from './recorder';
import { dispatch, type RouteContext } from './router';
import { API_ROUTES, IDENTITY_ROUTES } from './routes/routes';
import { TokenStore } from './token-store';
import { createOrderLifecycle, DEFAULT_ORDER_COMPLETE_AFTER_S } from './lifecycle';
import { createRenewalCalendar } from './renewals/calendar';

export interface SandboxOptions {
  /** 0 = a random free port (the default). */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** Initial knobs.latencyMs (also what knobs.reset() returns to). */
  latencyMs?: number;
  /** Pending orders complete this long after start (default 300; the bot and `npm run sandbox` pass SANDBOX_ORDER_COMPLETE_AFTER_S; 0 = never). */
  orderCompleteAfterS?: number;
  /** Generated customers added to the fixtures ("Extra Customer 0001" …), e.g. for a partner with hundreds. */
  extraCustomers?: number;
  /** SANDBOX_CUSTOMERS: the partner has this many customers, the hand-written ones and synthetic ones. */
  customers?: number;
  /**
   * The sandbox's clock (default Date.now): pending orders complete after orderCompleteAfterS on it, and the
   * renewal calendar is placed relative to its time at the start and moves on with it. Tests pin it.
   */
  now?: () => number;
}

export interface Sandbox {
  /** API root, e.g. http://127.0.0.1:54321; API paths start /v1/..., token endpoints /{tenant}/oauth2/... */
  url: string;
  /** Mutable at run time. */
  knobs: SandboxKnobs;
  /** The clock's time when the sandbox started: every term end and window of the renewal calendar is relative to it. */
  renewalAnchor: number;
  /** Every request received, in order (control requests to /_sandbox/* excepted). */
  requests: RecordedRequest[];
  clearRequests(): void;
  close(): Promise<void>;
}

const API_PATH = /^\/v1(\/|$)/i;

const UNAUTHORIZED: Reply = {
  status: 401,
  headers: { 'WWW-Authenticate': 'Bearer realm="urn:cpsvc:cpid:sandbox"' },
  body: pcError(PC_ERROR_CODES.unauthorized, 'Authentication failed: missing or invalid bearer token'),
};

function urlHost(host: string): string {
  if (host === '0.0.0.0' || host === '::') return '127.0.0.1';
  return host.includes(':') ? `[${host}]` : host;
}

/** Starts a Partner Center look-alike on a real socket; the bot's HTTP client talks to it as to Microsoft. */
export async function startSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  const host = options.host ?? '127.0.0.1';
  const knobs = createKnobs(options.latencyMs ?? 0);
  const requests: RecordedRequest[] = [];
  const tokens = new TokenStore();
  const paging = new SeekPaging();
  const now = options.now ?? Date.now;
  const renewals = createRenewalCalendar(now);
  const fixtures = renewals.withRenewals(
    withSyntheticCustomers(withExtraCustomers(getFixtures(), options.extraCustomers ?? 0), options.customers),
  );
  const lifecycle = createOrderLifecycle(options.orderCompleteAfterS ?? DEFAULT_ORDER_COMPLETE_AFTER_S, now);
  const serverId = String(100_000_000 + Math.floor(Math.random() * 900_000_000));
  const timers = new Set<NodeJS.Timeout>();
  let baseUrl = '';

  const clearRequests = () => {
    requests.length = 0; // in place: callers may hold the array
  };

  const delay = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        timers.delete(timer);
        resolve();
      }, ms);
      timers.add(timer);
    });

  /** Decided synchronously on arrival, so fault counts and malformed-body counts follow arrival order. */
  function decide(
    req: IncomingMessage,
    url: URL,
    form: URLSearchParams,
  ): { reply?: Reply; tweaks: BodyTweaks } {
    const isApi = API_PATH.test(url.pathname);
    const fault = takeFault(knobs, url.pathname, isApi);
    if (fault?.hang) return { tweaks: {} };
    if (fault) return { reply: faultReply(fault), tweaks: {} };
    if (isApi && !tokens.accepts(req.headers.authorization)) return { reply: UNAUTHORIZED, tweaks: {} };
    const ctx: RouteContext = {
      method: req.method ?? 'GET',
      path: url.pathname,
      query: new QueryParams(url.searchParams),
      headers: req.headers,
      form,
      baseUrl,
      fixtures,
      paging,
      tokens,
      realData: knobs.realData,
      lifecycle,
      renewals,
    };
    let reply: Reply;
    try {
      reply = dispatch(isApi ? API_ROUTES : IDENTITY_ROUTES, ctx);
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      reply = { status: error.status, body: error.body, headers: error.headers };
    }
    const ok = reply.status >= 200 && reply.status < 300;
    if (isApi && ok && knobs.realData) reply = { ...reply, body: realDataBody(reply.body) };
    const truncate = isApi && reply.status === 200 && knobs.malformedBody > 0;
    if (truncate) knobs.malformedBody--;
    return { reply, tweaks: { truncate, bom: isApi && ok && knobs.bom } };
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://sandbox');
    const body = await readBody(req);
    if (url.pathname.toLowerCase().startsWith(CONTROL_PREFIX)) {
      const reply = handleControl(
        { knobs, requests, clearRequests, lifecycle },
        req.method ?? 'GET',
        url.pathname,
        body,
      );
      return writeReply(res, reply, {});
    }
    const form = isFormBody(req) ? new URLSearchParams(body) : new URLSearchParams();
    const record = recordRequest(req, url, isFormBody(req) ? form : undefined);
    requests.push(record);
    const { reply, tweaks } = decide(req, url, form);
    if (!reply) return; // hang: answer nothing; close() destroys the socket
    record.status = reply.status;
    const headers = traceHeaders(req.headers, serverId);
    if (knobs.latencyMs > 0 && API_PATH.test(url.pathname)) await delay(knobs.latencyMs);
    writeReply(res, reply, headers, tweaks);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      const description = error instanceof Error ? error.message : String(error);
      if (!res.headersSent) writeReply(res, { status: 500, body: pcError(500, description) }, {});
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  baseUrl = `http://${urlHost(host)}:${port}`;

  return {
    url: baseUrl,
    knobs,
    renewalAnchor: renewals.anchor,
    requests,
    clearRequests,
    close: () =>
      new Promise<void>((resolve) => {
        for (const timer of timers) clearTimeout(timer);
        timers.clear();
        server.close(() => resolve());
        server.closeAllConnections(); // includes sockets held open by `hang` faults
      }),
  };
}
