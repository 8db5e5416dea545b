import { randomBytes } from 'node:crypto';

/** A bearer token the sandbox always accepts. */
export const SANDBOX_TOKEN = 'sandbox-token';

/** Tokens this sandbox issued from its token endpoint; they never expire while it runs. */
export class TokenStore {
  private readonly issued = new Set<string>([SANDBOX_TOKEN]);

  issue(prefix = 'sbx'): string {
    const token = `${prefix}.${randomBytes(24).toString('base64url')}`;
    this.issued.add(token);
    return token;
  }

  /** Whether an Authorization header carries an accepted bearer token. */
  accepts(authorization: string | undefined): boolean {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
    return match?.[1] !== undefined && this.issued.has(match[1]);
  }
}
