import { randomUUID } from 'node:crypto';
import type { Reply } from '../http/reply';

/** Microsoft Entra's OAuth error body: error, error_description starting with the AADSTS code, error_codes. */
export function aadError(
  status: number,
  error: string,
  aadsts: number,
  description: string,
  extra: Record<string, string> = {},
): Reply {
  return {
    status,
    body: {
      error,
      error_description: `AADSTS${aadsts}: ${description}`,
      error_codes: [aadsts],
      timestamp: new Date()
        .toISOString()
        .replace('T', ' ')
        .replace(/\.\d+Z$/, 'Z'),
      trace_id: randomUUID(),
      correlation_id: randomUUID(),
      error_uri: `https://login.microsoftonline.com/error?code=${aadsts}`,
      ...extra,
    },
  };
}

export const missingParameter = (name: string) =>
  aadError(
    400,
    'invalid_request',
    900144,
    `The request body must contain the following parameter: '${name}'.`,
  );
