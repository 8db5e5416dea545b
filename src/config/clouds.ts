// Partner Center and its login service in each national cloud.

export type Cloud = 'global' | 'usgov' | 'china';

export interface CloudEndpoints {
  apiBaseUrl: string;
  authorityHost: string;
  /** Other names MSAL may use for the same login service (instance aliases). */
  loginAliases: string[];
  /** The token resource: scope is `${resource}/.default`. */
  resource: string;
}

export const CLOUD_NAMES = ['global', 'usgov', 'china'] as const satisfies readonly Cloud[];

export const CLOUDS: Record<Cloud, CloudEndpoints> = {
  global: {
    apiBaseUrl: 'https://api.partnercenter.microsoft.com',
    authorityHost: 'https://login.microsoftonline.com',
    loginAliases: ['https://login.windows.net', 'https://login.microsoft.com', 'https://sts.windows.net'],
    resource: 'https://api.partnercenter.microsoft.com',
  },
  usgov: {
    apiBaseUrl: 'https://api.partnercenter.microsoft.com',
    authorityHost: 'https://login.microsoftonline.us',
    loginAliases: ['https://login.usgovcloudapi.net'],
    resource: 'https://api.partnercenter.microsoft.com',
  },
  china: {
    apiBaseUrl: 'https://partner.partnercenterapi.microsoftonline.cn',
    authorityHost: 'https://login.chinacloudapi.cn',
    loginAliases: ['https://login.partner.microsoftonline.cn'],
    resource: 'https://partner.partnercenterapi.microsoftonline.cn',
  },
};
