/** Supplies the bearer token for Partner Center; implementations cache and refresh on their own. */
export interface TokenProvider {
  /** A short name for logs and readiness checks (never the token). */
  readonly kind: string;
  getToken(): Promise<string>;
}

/** A fixed token: what the embedded sandbox accepts. */
export class StaticTokenProvider implements TokenProvider {
  readonly kind = 'static';
  constructor(private readonly token: string) {}
  async getToken(): Promise<string> {
    return this.token;
  }
}
