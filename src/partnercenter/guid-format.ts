// Tenant, customer, app and user ids in Microsoft's clouds are GUIDs; names and domains are not.

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether `value` is a GUID as written (any case, no braces, no spaces around it). */
export const isGuid = (value: string): boolean => GUID.test(value);
