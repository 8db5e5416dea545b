/** Who may ask. Empty lists mean "no restriction" (Emulator mode); ids compare case-insensitively. */
export interface AccessPolicy {
  allowedTenantIds: readonly string[];
  allowedUserIds: readonly string[];
}

export interface Asker {
  tenantId?: string;
  aadObjectId?: string;
}

export type AccessDecision = { allowed: true } | { allowed: false; reason: 'tenant' | 'user' };

export function checkAccess(policy: AccessPolicy, asker: Asker): AccessDecision {
  // Ids come from the activity JSON: anything but a non-empty string (a number, an object) is "not listed".
  const has = (list: readonly string[], id: unknown) =>
    typeof id === 'string' && id !== '' && list.some((x) => x.toLowerCase() === id.toLowerCase());
  if (policy.allowedTenantIds.length > 0 && !has(policy.allowedTenantIds, asker.tenantId)) {
    return { allowed: false, reason: 'tenant' };
  }
  if (policy.allowedUserIds.length > 0 && !has(policy.allowedUserIds, asker.aadObjectId)) {
    return { allowed: false, reason: 'user' };
  }
  return { allowed: true };
}
