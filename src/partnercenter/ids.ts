// Partner Center ids (tenant, order, subscription) are case-insensitive: the docs show an order `cf3b0e37-…`
// whose subscription carries `orderId: "CF3B0E37-…"`. Compare them only through these helpers.

/** The form ids are compared and indexed in. */
export const idKey = (id: string): string => id.toLowerCase();

export const sameId = (a: string | undefined | null, b: string | undefined | null): boolean =>
  typeof a === 'string' && typeof b === 'string' && idKey(a) === idKey(b);
