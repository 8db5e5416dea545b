import { EXPIRED_REFRESH_TOKEN, MFA_REQUIRED_REFRESH_TOKEN, WRONG_CLIENT_SECRET } from '../fixtures/ids';
import { json, type Reply } from '../http/reply';
import type { Params, RouteContext } from '../router';
import { aadError, missingParameter } from './aad-error';
import { clientInfo, idToken, tokenTenant } from './id-token';

const PARTNER_CENTER_USER_SCOPE = 'https://api.partnercenter.microsoft.com/user_impersonation';

// Entra answers with the resource scopes only; the OpenID ones MSAL adds are not echoed back.
const OIDC_SCOPES = new Set(['openid', 'profile', 'offline_access', 'email']);

function grantedScope(requested: string | null): string {
  const resource = (requested ?? '').split(' ').filter((s) => s && !OIDC_SCOPES.has(s));
  return resource.length > 0 ? resource.join(' ') : PARTNER_CENTER_USER_SCOPE;
}

/** Checks common to both grants; undefined when the client may have a token. */
function clientError(form: URLSearchParams): Reply | undefined {
  if (!form.get('client_id')) return missingParameter('client_id');
  const secret = form.get('client_secret');
  if (!secret && !form.get('client_assertion')) {
    return aadError(
      401,
      'invalid_client',
      7000218,
      "The request body must contain the following parameter: 'client_assertion' or 'client_secret'.",
    );
  }
  if (secret === WRONG_CLIENT_SECRET)
    return aadError(401, 'invalid_client', 7000215, 'Invalid client secret provided.');
  return undefined;
}

function clientCredentials(ctx: RouteContext): Reply {
  const scope = ctx.form.get('scope');
  if (!scope) return missingParameter('scope');
  if (!scope.split(' ').every((s) => s.endsWith('/.default'))) {
    return aadError(
      400,
      'invalid_scope',
      1002012,
      `The provided value for scope ${scope} is not valid. Client credential flows must have a scope value with /.default suffixed to the resource identifier.`,
    );
  }
  return json({
    token_type: 'Bearer',
    expires_in: 3599,
    ext_expires_in: 3599,
    access_token: ctx.tokens.issue(),
  });
}

function refreshToken(ctx: RouteContext, tenant: string): Reply {
  const refresh = ctx.form.get('refresh_token');
  if (!refresh) return missingParameter('refresh_token');
  if (refresh === EXPIRED_REFRESH_TOKEN) {
    return aadError(400, 'invalid_grant', 700082, 'The refresh token has expired due to inactivity.');
  }
  if (refresh === MFA_REQUIRED_REFRESH_TOKEN) {
    // What App+User calls get once Partner Center enforces MFA (from 2026-04-01) on a token without it.
    const description =
      'Due to a configuration change made by your administrator, or because you moved to a new location, ' +
      "you must use multi-factor authentication to access 'https://api.partnercenter.microsoft.com'.";
    return aadError(400, 'invalid_grant', 50076, description, { suberror: 'basic_action' });
  }
  const requested = ctx.form.get('scope') ?? '';
  const tenantId = tokenTenant(tenant);
  return json({
    token_type: 'Bearer',
    scope: grantedScope(requested),
    expires_in: 3599,
    ext_expires_in: 3599,
    access_token: ctx.tokens.issue(),
    refresh_token: ctx.tokens.issue('rt'),
    ...(requested.split(' ').includes('openid')
      ? { id_token: idToken(ctx.baseUrl, tenantId, ctx.form.get('client_id') ?? '') }
      : {}),
    client_info: clientInfo(tenantId),
  });
}

/** POST /{tenant}/oauth2/v2.0/token: client_credentials (app-only) and refresh_token (app+user). */
export function issueToken(ctx: RouteContext, { tenant = 'common' }: Params): Reply {
  const grant = ctx.form.get('grant_type');
  if (!grant) return missingParameter('grant_type');
  if (grant !== 'client_credentials' && grant !== 'refresh_token') {
    return aadError(
      400,
      'unsupported_grant_type',
      70003,
      `The app requested an unsupported grant type '${grant}'.`,
    );
  }
  const rejected = clientError(ctx.form);
  if (rejected) return rejected;
  return grant === 'client_credentials' ? clientCredentials(ctx) : refreshToken(ctx, tenant);
}
