import { randomBytes, randomUUID } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value || undefined;
}

/**
 * Partner Center echoes MS-RequestId and MS-CorrelationId (making them up when absent) and adds MS-CV
 * and MS-ServerId; clients log them to trace a call through the service.
 */
export function traceHeaders(headers: IncomingHttpHeaders, serverId: string): Record<string, string> {
  const cv = first(headers['ms-cv']);
  return {
    'MS-RequestId': first(headers['ms-requestid']) ?? randomUUID(),
    'MS-CorrelationId': first(headers['ms-correlationid']) ?? randomUUID(),
    'MS-CV': cv ? `${cv}.1` : `${randomBytes(12).toString('base64')}.0`,
    'MS-ServerId': serverId,
  };
}
