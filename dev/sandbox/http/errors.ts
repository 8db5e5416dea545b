import { STATUS_CODES } from 'node:http';

/** Numeric `code`s of Partner Center error bodies that the sandbox returns. */
export const PC_ERROR_CODES = {
  /** Missing or unknown bearer token. */
  unauthorized: 900401,
  /** Unknown route ("NotFound 1000" in Partner Center's error code list). */
  notFound: 1000,
  orderNotFound: 20000,
  /** 403: the partner may not access this resource. */
  forbidden: 20002,
  subscriptionNotFound: 20003,
  customerNotFound: 60003,
  /** Bad query value ("Invalid input"). */
  invalidInput: 400056,
  methodNotAllowed: 405,
} as const;

export interface PcErrorBody {
  code: number | string;
  description: string;
  data: unknown[];
  source: string;
}

export function pcError(code: number | string, description: string): PcErrorBody {
  return { code, description, data: [], source: 'PartnerFD' };
}

/** Thrown by route handlers; the server turns it into the status and Partner Center's error body. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: PcErrorBody,
    readonly headers: Record<string, string> = {},
  ) {
    super(body.description);
  }
}

export function statusText(status: number): string {
  return STATUS_CODES[status] ?? 'Error';
}

export const badRequest = (description: string) =>
  new ApiError(400, pcError(PC_ERROR_CODES.invalidInput, description));

export const customerNotFound = (id: string) =>
  new ApiError(404, pcError(PC_ERROR_CODES.customerNotFound, `Customer tenant ${id} was not found.`));

export const orderNotFound = (id: string) =>
  new ApiError(404, pcError(PC_ERROR_CODES.orderNotFound, `Order not found. Order id: ${id}`));

export const subscriptionNotFound = (id: string) =>
  new ApiError(
    404,
    pcError(PC_ERROR_CODES.subscriptionNotFound, `Subscription with id ${id} was not found.`),
  );

export const routeNotFound = (path: string) =>
  new ApiError(404, pcError(PC_ERROR_CODES.notFound, `Resource not found: ${path}`));

export const methodNotAllowed = (method: string, allowed: readonly string[]) =>
  new ApiError(
    405,
    pcError(PC_ERROR_CODES.methodNotAllowed, `The requested resource does not support method ${method}.`),
    {
      Allow: allowed.join(', '),
    },
  );
