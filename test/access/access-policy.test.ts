import fc from 'fast-check';
import { checkAccess, type AccessPolicy, type Asker } from '../../src/access/access-policy';

const T1 = '0b6d2c9e-8f41-4a3e-b5d7-1c2e3f4a5b6c';
const T2 = 'e3c1a9b4-6d2f-4e8a-9b7c-5a4d3e2f1c0b';
const U1 = '7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d';
const U2 = '1f2e3d4c-5b6a-4978-8a6b-5c4d3e2f1a0b';

const open: AccessPolicy = { allowedTenantIds: [], allowedUserIds: [] };
const tenantOnly: AccessPolicy = { allowedTenantIds: [T1], allowedUserIds: [] };
const tenantAndUser: AccessPolicy = { allowedTenantIds: [T1], allowedUserIds: [U1] };

describe('checkAccess', () => {
  it('lets anyone in when no list is configured (Emulator mode)', () => {
    expect(checkAccess(open, {})).toEqual({ allowed: true });
    expect(checkAccess(open, { tenantId: T2, aadObjectId: U2 })).toEqual({ allowed: true });
  });

  it('allows the listed tenants only, comparing ids case-insensitively', () => {
    expect(checkAccess(tenantOnly, { tenantId: T1 })).toEqual({ allowed: true });
    expect(checkAccess(tenantOnly, { tenantId: T1.toUpperCase() })).toEqual({ allowed: true });
    expect(checkAccess(tenantOnly, { tenantId: T2, aadObjectId: U1 })).toEqual({
      allowed: false,
      reason: 'tenant',
    });
  });

  it('refuses an activity without a tenant when tenants are restricted', () => {
    expect(checkAccess(tenantOnly, {})).toEqual({ allowed: false, reason: 'tenant' });
    expect(checkAccess(tenantOnly, { tenantId: '' })).toEqual({ allowed: false, reason: 'tenant' });
  });

  it('with a user list, needs both the tenant and the user', () => {
    expect(checkAccess(tenantAndUser, { tenantId: T1, aadObjectId: U1 })).toEqual({ allowed: true });
    expect(checkAccess(tenantAndUser, { tenantId: T1, aadObjectId: U1.toUpperCase() })).toEqual({
      allowed: true,
    });
    expect(checkAccess(tenantAndUser, { tenantId: T1, aadObjectId: U2 })).toEqual({
      allowed: false,
      reason: 'user',
    });
    expect(checkAccess(tenantAndUser, { tenantId: T1 })).toEqual({ allowed: false, reason: 'user' });
    expect(checkAccess(tenantAndUser, { tenantId: T2, aadObjectId: U1 })).toEqual({
      allowed: false,
      reason: 'tenant',
    });
  });

  it('a user list alone restricts users in any tenant', () => {
    const usersOnly = { allowedTenantIds: [], allowedUserIds: [U1] };
    expect(checkAccess(usersOnly, { tenantId: T2, aadObjectId: U1 })).toEqual({ allowed: true });
    expect(checkAccess(usersOnly, { aadObjectId: U2 })).toEqual({ allowed: false, reason: 'user' });
  });

  it('does not match on prefixes, substrings or padding', () => {
    for (const tenantId of [T1.slice(0, 8), `${T1} `, ` ${T1}`, `${T1},${T2}`, `${T1}x`, '*']) {
      expect(checkAccess(tenantOnly, { tenantId })).toEqual({ allowed: false, reason: 'tenant' });
    }
  });

  it('refuses, and does not throw, when an activity carries ids of the wrong type', () => {
    for (const junk of [42, {}, [T1], null, true]) {
      const asker = { tenantId: junk, aadObjectId: junk } as unknown as Asker;
      expect(() => checkAccess(tenantAndUser, asker)).not.toThrow();
      expect(checkAccess(tenantAndUser, asker).allowed).toBe(false);
    }
  });

  it('allows exactly the askers whose tenant and user are listed (property)', () => {
    const id = fc.oneof(
      fc.constantFrom(T1, T2, U1, U2, T1.toUpperCase()),
      fc.uuid(),
      fc.string({ maxLength: 40 }),
    );
    const list = fc.array(fc.oneof(fc.constantFrom(T1, T2, U1, U2), fc.uuid()), { maxLength: 3 });
    fc.assert(
      fc.property(
        list,
        list,
        fc.option(id, { nil: undefined }),
        fc.option(id, { nil: undefined }),
        (tenants, users, tenantId, aadObjectId) => {
          const listed = (ids: string[], x?: string) =>
            !!x && ids.some((i) => i.toLowerCase() === x.toLowerCase());
          const tenantOk = tenants.length === 0 || listed(tenants, tenantId);
          const userOk = users.length === 0 || listed(users, aadObjectId);
          const decision = checkAccess(
            { allowedTenantIds: tenants, allowedUserIds: users },
            { tenantId, aadObjectId },
          );
          expect(decision.allowed).toBe(tenantOk && userOk);
          if (!decision.allowed) expect(decision.reason).toBe(tenantOk ? 'user' : 'tenant');
        },
      ),
      { numRuns: 500 },
    );
  });
});
