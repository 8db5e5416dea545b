import { createSign, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { JwtTokenExtractor } from 'botframework-connector/lib/auth/jwtTokenExtractor';

// Tokens "signed with a real key id", without the network: botframework-connector keeps the signing keys it
// downloads from the Bot Framework's OpenID metadata in a static cache, one entry per metadata URL. A test puts a
// key of its own there (as if downloaded just now), then signs tokens that name it, or forges them with another.

/** Where botframework-connector looks up the keys of tokens sent by Bot Framework channels. */
const CHANNEL_METADATA_URL = 'https://login.botframework.com/v1/.well-known/openidconfiguration';
export const CHANNEL_ISSUER = 'https://api.botframework.com';

interface MetadataEntry {
  keys?: Record<string, unknown>[];
  lastUpdated: number;
}

/** Makes the connector trust `publicKey` under `kid` for channel tokens, as if fetched a moment ago. */
export function trustChannelKey(kid: string, publicKey: KeyObject): void {
  const extractor = JwtTokenExtractor as unknown as {
    getOrAddOpenIdMetadata(url: string): MetadataEntry;
  };
  const metadata = extractor.getOrAddOpenIdMetadata(CHANNEL_METADATA_URL);
  metadata.keys = [{ ...publicKey.export({ format: 'jwk' }), kid, use: 'sig', endorsements: ['msteams'] }];
  metadata.lastUpdated = Date.now();
}

export function rsaKeys(): { publicKey: KeyObject; privateKey: KeyObject } {
  return generateKeyPairSync('rsa', { modulusLength: 2048 });
}

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** An RS256 JWT with `kid` in its header, signed by `privateKey`. */
export function signToken(claims: Record<string, unknown>, kid: string, privateKey: KeyObject): string {
  const unsigned = `${b64({ alg: 'RS256', typ: 'JWT', kid })}.${b64(claims)}`;
  const signature = createSign('RSA-SHA256').update(unsigned).sign(privateKey).toString('base64url');
  return `${unsigned}.${signature}`;
}
