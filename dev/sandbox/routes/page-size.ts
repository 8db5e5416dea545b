import { MAX_PAGE_SIZE } from '../fixtures/ids';
import { badRequest } from '../http/errors';

/** `size` defaults to, and is capped at, 500 as in Partner Center. */
export function parsePageSize(value: string | undefined): number {
  if (value === undefined || value === '') return MAX_PAGE_SIZE;
  const size = Number(value);
  if (!Number.isInteger(size) || size < 1) throw badRequest(`Invalid size: ${value}.`);
  return Math.min(size, MAX_PAGE_SIZE);
}
