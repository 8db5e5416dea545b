import { readFileSync } from 'node:fs';
import {
  ConfidentialClientApplication,
  LogLevel,
  type AccountInfo,
  type Configuration,
  type INetworkModule,
} from '@azure/msal-node';
import type { PartnerCenterCredentials } from '../../config';
import type { TokenProvider } from './token-provider';

export interface MsalTokenProviderOptions {
  tenantId: string;
  /** e.g. https://login.microsoftonline.com (global), .us (US Government), login.chinacloudapi.cn (21Vianet). */
  authorityHost: string;
  /** The Partner Center API resource of the cloud; scopes are built from it. */
  resource: string;
  credentials: PartnerCenterCredentials;
  /** Where MSAL's HTTP goes; MSAL's default client when absent. */
  networkClient?: INetworkModule;
}

/**
 * Partner Center tokens from MSAL: app-only (client secret or certificate, scope {api}/.default) or App+User
 * from a stored refresh token (secure application model, scope {api}/user_impersonation). MSAL caches the
 * tokens and refreshes them before expiry; they are never logged.
 */
export class MsalTokenProvider implements TokenProvider {
  readonly kind: string;
  private readonly app: ConfidentialClientApplication;
  private account?: AccountInfo;

  constructor(private readonly options: MsalTokenProviderOptions) {
    const { credentials } = options;
    this.kind = `msal-${credentials.kind}`;
    const auth: Configuration['auth'] = {
      clientId: credentials.clientId,
      authority: `${options.authorityHost.replace(/\/+$/, '')}/${options.tenantId}`,
    };
    if (credentials.kind === 'secret') auth.clientSecret = credentials.clientSecret;
    if (credentials.kind === 'refreshToken' && credentials.clientSecret)
      auth.clientSecret = credentials.clientSecret;
    if (credentials.kind === 'certificate') {
      auth.clientCertificate = {
        thumbprintSha256: credentials.thumbprint,
        privateKey: readFileSync(credentials.certificatePath, 'utf8'),
      };
    }
    this.app = new ConfidentialClientApplication({
      auth,
      system: {
        networkClient: options.networkClient,
        // Warnings only, and never personal data: partner data is confidential.
        loggerOptions: {
          logLevel: LogLevel.Warning,
          piiLoggingEnabled: false,
          loggerCallback: () => undefined,
        },
      },
    });
  }

  async getToken(): Promise<string> {
    const { credentials, resource } = this.options;
    if (credentials.kind !== 'refreshToken') {
      const result = await this.app.acquireTokenByClientCredential({ scopes: [`${resource}/.default`] });
      if (!result?.accessToken) throw new Error('MSAL returned no access token');
      return result.accessToken;
    }
    const scopes = [`${resource}/user_impersonation`];
    // The stored refresh token starts the session; after that MSAL's cache and silent refresh take over.
    const result = this.account
      ? await this.app.acquireTokenSilent({ account: this.account, scopes })
      : await this.app.acquireTokenByRefreshToken({
          refreshToken: credentials.refreshToken,
          scopes,
          // Keep the result in MSAL's cache, so later calls are silent and MSAL rotates the refresh token.
          forceCache: true,
        });
    if (!result?.accessToken) throw new Error('MSAL returned no access token');
    if (result.account) this.account = result.account;
    return result.accessToken;
  }
}
