// The cached API is a table: one row per operation (TTL, schema, key parts). A new row is a new cached
// endpoint; the Partner Center rows keep the keys they always had (a shared tier written before still hits).

import { z } from 'zod';
import { DEFAULT_CACHE_POLICY, ResponseCache } from '../../src/cache';
import { cachedApi, type CachedOperations } from '../../src/cache/cached-api';
import { PARTNER_CENTER_OPERATIONS } from '../../src/cache/cached-operations';
import type { PartnerCenterApi } from '../../src/partnercenter/api';
import { idKey } from '../../src/partnercenter/ids';
import type { RequestContext } from '../../src/partnercenter/request-context';
import { MemoryResponseStore } from '../../src/state/memory/response-store';
import { CONTOSO_TENANT_ID } from '../../dev/sandbox';
import { useCachedSandbox } from '../support/cached-sandbox';
import { turn } from '../support/partner-center';

const sandbox = useCachedSandbox({ maxRetries: 0 });
const caches: ResponseCache[] = [];
afterAll(() => caches.forEach((c) => c.close()));

function newCache(): { cache: ResponseCache; store: MemoryResponseStore } {
  const store = new MemoryResponseStore({ maxBytes: DEFAULT_CACHE_POLICY.maxBytes, now: Date.now });
  const cache = new ResponseCache(DEFAULT_CACHE_POLICY, undefined, { store });
  caches.push(cache);
  return { cache, store };
}

/** An endpoint the bot does not have: how many orders a customer has (over the real client and sandbox). */
interface OrderCounts {
  countOrders(customerId: string, ctx: RequestContext): Promise<number>;
}

const COUNT_ROW: CachedOperations<OrderCounts> = {
  countOrders: { ttl: 'ordersTtlMs', schema: z.number(), ctxAt: 1, key: (customerId) => [idKey(customerId)] },
};

describe('a row of the table', () => {
  const counts = (): OrderCounts => ({
    countOrders: async (customerId, ctx) => (await sandbox.pc.client.listOrders(customerId, {}, ctx)).length,
  });

  it('is a cached endpoint: one upstream call, ids in any case share it, another partner does not', async () => {
    const { cache } = newCache();
    const api = cachedApi(counts(), COUNT_ROW, cache, DEFAULT_CACHE_POLICY, 'global|partner-1');
    const first = await api.countOrders(CONTOSO_TENANT_ID, turn());
    expect(first).toBeGreaterThan(0);
    expect(await api.countOrders(CONTOSO_TENANT_ID.toUpperCase(), turn())).toBe(first);
    expect(sandbox.ordersCalls()).toBe(1);

    const otherPartner = cachedApi(counts(), COUNT_ROW, cache, DEFAULT_CACHE_POLICY, 'global|partner-2');
    await otherPartner.countOrders(CONTOSO_TENANT_ID, turn());
    expect(sandbox.ordersCalls()).toBe(2);
  });

  it('passes the upstream call a context of its own (the signal of the shared call)', async () => {
    const { cache } = newCache();
    const seen: RequestContext[] = [];
    const inner: OrderCounts = {
      countOrders: async (customerId, ctx) => {
        seen.push(ctx);
        return (await sandbox.pc.client.listOrders(customerId, {}, ctx)).length;
      },
    };
    const ctx = turn('c0ffee00-0000-4000-8000-0000000000aa');
    await cachedApi(inner, COUNT_ROW, cache, DEFAULT_CACHE_POLICY, 'global|partner-1').countOrders(
      CONTOSO_TENANT_ID,
      ctx,
    );
    expect(seen).toHaveLength(1);
    expect(seen[0]).not.toBe(ctx);
    expect(seen[0]).toMatchObject({ correlationId: ctx.correlationId, locale: ctx.locale });
    expect(seen[0]?.signal).toBeInstanceOf(AbortSignal);
  });
});

describe('the Partner Center rows', () => {
  const SCOPE = 'global|partner-1';
  const ORDER_ID = 'eeba9d00-7b46-443a-917e-22887a8fc993';
  const api = (cache: ResponseCache, inner: PartnerCenterApi = sandbox.pc.client) =>
    cachedApi(inner, PARTNER_CENTER_OPERATIONS, cache, DEFAULT_CACHE_POLICY, SCOPE);

  it('keep the keys they had: scope, operation, then the parts, ids lowercased', async () => {
    const { cache, store } = newCache();
    const pc = api(cache);
    await pc.getOrder(CONTOSO_TENANT_ID.toUpperCase(), ORDER_ID.toUpperCase(), turn(), true);
    await pc.listOrders(CONTOSO_TENANT_ID, { billingCycle: 'monthly', includeSystemPurchases: true }, turn());
    await pc.listIndirectResellers(turn());
    await pc.searchCustomers('CompanyName', 'Contoso', turn(), 5);
    const keys = [
      JSON.stringify([SCOPE, 'getOrder', CONTOSO_TENANT_ID, ORDER_ID, 'price']),
      JSON.stringify([SCOPE, 'listOrders', CONTOSO_TENANT_ID, 'monthly', '', '', 'system']),
      JSON.stringify([SCOPE, 'listIndirectResellers']),
      JSON.stringify([SCOPE, 'searchCustomers', 'CompanyName', 'contoso', '5']),
    ];
    for (const key of keys) expect(store.peek(key)).toBeDefined();
    expect(store.size.entries).toBe(keys.length);
  });

  it('answer an optional operation the inner API lacks with the row’s answer, without a call', async () => {
    const { cache } = newCache();
    const client = sandbox.pc.client;
    const withoutIt: PartnerCenterApi = {
      searchCustomers: (...args) => client.searchCustomers(...args),
      getCustomer: (...args) => client.getCustomer(...args),
      listOrders: (...args) => client.listOrders(...args),
      getOrder: (...args) => client.getOrder(...args),
      listSubscriptions: (...args) => client.listSubscriptions(...args),
      listIndirectResellers: (...args) => client.listIndirectResellers(...args),
    };
    expect(await api(cache, withoutIt).getProvisioningStatus(CONTOSO_TENANT_ID, ORDER_ID, turn())).toEqual(
      [],
    );
    expect(sandbox.pc.sandbox.requests).toHaveLength(0);
  });
});

// Type-level: a row follows its method's signature, and the table has a row for every operation.
const _typeChecks = () => {
  const _wrongSchema: CachedOperations<OrderCounts> = {
    // @ts-expect-error the schema must describe what the method answers (a number)
    countOrders: { ttl: 'ordersTtlMs', schema: z.string(), ctxAt: 1, key: (id) => [id] },
  };
  const _wrongKey: CachedOperations<OrderCounts> = {
    // @ts-expect-error key takes the method's arguments (customerId: string, ctx)
    countOrders: { ttl: 'ordersTtlMs', schema: z.number(), ctxAt: 1, key: (id: number) => [String(id)] },
  };
  const _wrongContext: CachedOperations<OrderCounts> = {
    // @ts-expect-error ctxAt must point at the request context (argument 1), not the customer id
    countOrders: { ttl: 'ordersTtlMs', schema: z.number(), ctxAt: 0, key: (id) => [id] },
  };
  // @ts-expect-error every operation of the API needs its row
  const _missing: CachedOperations<PartnerCenterApi> = { getCustomer: PARTNER_CENTER_OPERATIONS.getCustomer };
};
