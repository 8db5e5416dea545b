import type { INetworkModule, NetworkRequestOptions, NetworkResponse } from '@azure/msal-node';

/**
 * An HTTP client for MSAL that sends requests for one login host to another base URL, for clouds reached
 * through a proxy and for the embedded sandbox's token endpoint. MSAL's own logic (cache, refresh, request
 * shapes) runs unchanged; only where its bytes go differs.
 */
export class RoutedNetworkClient implements INetworkModule {
  private readonly from: Set<string>;
  private readonly to: string;

  /** `fromOrigins`: the login host and its aliases (MSAL may switch to the cloud's preferred alias). */
  constructor(fromOrigins: string[], toBaseUrl: string) {
    this.from = new Set(fromOrigins.map((o) => new URL(o).origin));
    this.to = toBaseUrl.replace(/\/+$/, '');
  }

  sendGetRequestAsync<T>(
    url: string,
    options?: NetworkRequestOptions,
    timeout?: number,
  ): Promise<NetworkResponse<T>> {
    return this.send<T>('GET', url, options, timeout);
  }

  sendPostRequestAsync<T>(url: string, options?: NetworkRequestOptions): Promise<NetworkResponse<T>> {
    return this.send<T>('POST', url, options);
  }

  private async send<T>(
    method: string,
    url: string,
    options: NetworkRequestOptions = {},
    timeout = 10_000,
  ): Promise<NetworkResponse<T>> {
    const target = new URL(url);
    const routed = this.from.has(target.origin) ? `${this.to}${target.pathname}${target.search}` : url;
    const response = await fetch(routed, {
      method,
      headers: options.headers,
      body: method === 'POST' ? options.body : undefined,
      signal: AbortSignal.timeout(timeout),
    });
    const headers: Record<string, string> = {};
    response.headers.forEach((value, key) => (headers[key] = value));
    const text = await response.text();
    let body: unknown;
    try {
      body = text ? JSON.parse(text) : {};
    } catch {
      body = {
        error: 'invalid_response',
        error_description: `HTTP ${response.status} with a body that is not JSON`,
      };
    }
    return { headers, body: body as T, status: response.status };
  }
}
