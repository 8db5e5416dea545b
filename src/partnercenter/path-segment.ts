// Ids become URL path segments. `.` and `..` are removed by URL normalisation (so `/orders/..` would ask for
// the customer itself) and `/` or `\` would add segments: such an id never names a Partner Center resource.

/** Whether `id` can be one path segment that names exactly one resource. */
export function isPathSafeId(id: string): boolean {
  return id !== '' && id !== '.' && id !== '..' && !/[/\\]/.test(id);
}
