import { randomBytes, randomUUID } from 'node:crypto';
import { PARTNER_TENANT_ID } from '../fixtures/ids';

// With the OpenID scopes MSAL always adds, Entra answers a user token request with an id_token and
// client_info; MSAL builds its account (and so its silent-refresh cache) from them. MSAL does not check
// the signature, so a well-formed unsigned token is enough.

/** The signed-in admin agent of the App+User flow. */
const SANDBOX_USER = {
  oid: '5f0c2b1e-8d3a-4e7b-9c6d-1a2b3c4d5e6f',
  name: 'Sandbox Admin Agent',
  username: 'admin@sandboxpartner.onmicrosoft.com',
};

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const base64url = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** The tenant id the tokens claim: the path's tenant when it is a GUID, else the sandbox partner's. */
export function tokenTenant(pathTenant: string): string {
  return GUID.test(pathTenant) ? pathTenant.toLowerCase() : PARTNER_TENANT_ID;
}

export function idToken(issuerBase: string, tenantId: string, clientId: string): string {
  const now = Math.floor(Date.now() / 1000);
  const claims = {
    aud: clientId,
    iss: `${issuerBase}/${tenantId}/v2.0`,
    iat: now,
    nbf: now,
    exp: now + 3600,
    name: SANDBOX_USER.name,
    oid: SANDBOX_USER.oid,
    preferred_username: SANDBOX_USER.username,
    sub: randomUUID(),
    tid: tenantId,
    uti: randomBytes(16).toString('base64url'),
    ver: '2.0',
  };
  return `${base64url({ typ: 'JWT', alg: 'RS256', kid: 'sandbox' })}.${base64url(claims)}.${randomBytes(32).toString('base64url')}`;
}

export function clientInfo(tenantId: string): string {
  return base64url({ uid: SANDBOX_USER.oid, utid: tenantId });
}
