import { json, type Reply } from '../http/reply';
import type { Params, RouteContext } from '../router';

// Metadata MSAL may fetch before asking for a token; every endpoint points back at the sandbox.

const GENERIC_TENANTS = new Set(['common', 'organizations', 'consumers']);
const GLOBAL_CLOUD_ALIASES = [
  'login.microsoftonline.com',
  'login.windows.net',
  'login.microsoft.com',
  'sts.windows.net',
];

/** GET /{tenant}/v2.0/.well-known/openid-configuration */
export function openIdConfiguration(ctx: RouteContext, { tenant = 'common' }: Params): Reply {
  const root = `${ctx.baseUrl}/${tenant}`;
  const issuerTenant = GENERIC_TENANTS.has(tenant.toLowerCase()) ? '{tenantid}' : tenant;
  return json({
    token_endpoint: `${root}/oauth2/v2.0/token`,
    token_endpoint_auth_methods_supported: ['client_secret_post', 'private_key_jwt', 'client_secret_basic'],
    jwks_uri: `${root}/discovery/v2.0/keys`,
    response_modes_supported: ['query', 'fragment', 'form_post'],
    subject_types_supported: ['pairwise'],
    id_token_signing_alg_values_supported: ['RS256'],
    response_types_supported: ['code', 'id_token', 'code id_token', 'id_token token'],
    scopes_supported: ['openid', 'profile', 'email', 'offline_access'],
    issuer: `${ctx.baseUrl}/${issuerTenant}/v2.0`,
    request_uri_parameter_supported: false,
    userinfo_endpoint: `${ctx.baseUrl}/oidc/userinfo`,
    authorization_endpoint: `${root}/oauth2/v2.0/authorize`,
    device_authorization_endpoint: `${root}/oauth2/v2.0/devicecode`,
    http_logout_supported: true,
    frontchannel_logout_supported: true,
    end_session_endpoint: `${root}/oauth2/v2.0/logout`,
    claims_supported: ['sub', 'iss', 'aud', 'exp', 'iat', 'auth_time', 'nonce', 'name', 'tid', 'oid', 'ver'],
    tenant_region_scope: 'NA',
    cloud_instance_name: 'microsoftonline.com',
    cloud_graph_host_name: 'graph.windows.net',
    msgraph_host: 'graph.microsoft.com',
  });
}

/** GET /common/discovery/instance?api-version=1.1&authorization_endpoint=... */
export function instanceDiscovery(ctx: RouteContext): Reply {
  const host = new URL(ctx.baseUrl).host;
  let tenant = 'common';
  const authorize = ctx.query.get('authorization_endpoint');
  if (authorize) {
    try {
      tenant = new URL(authorize).pathname.split('/').filter(Boolean)[0] ?? tenant;
    } catch {
      // Not a URL: keep 'common', as Entra does for an unparseable authority.
    }
  }
  return json({
    tenant_discovery_endpoint: `${ctx.baseUrl}/${tenant}/v2.0/.well-known/openid-configuration`,
    'api-version': '1.1',
    metadata: [
      { preferred_network: host, preferred_cache: host, aliases: [host] },
      {
        preferred_network: 'login.microsoftonline.com',
        preferred_cache: 'login.windows.net',
        aliases: GLOBAL_CLOUD_ALIASES,
      },
    ],
  });
}

/** GET /{tenant}/discovery/v2.0/keys: no keys, the sandbox signs nothing. */
export function signingKeys(): Reply {
  return json({ keys: [] });
}
