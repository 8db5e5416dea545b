import type { SandboxCollection, SandboxLink } from './fixtures/types';

export interface Page<T> {
  items: T[];
  /** Offset of the next page, when more remain. */
  nextOffset?: number;
}

export function pageOf<T>(items: readonly T[], offset: number, size: number): Page<T> {
  const end = offset + size;
  return { items: items.slice(offset, end), ...(end < items.length ? { nextOffset: end } : {}) };
}

/** totalCount is the number of items on this page, as Partner Center reports it for seek pages. */
export function collection<T>(
  items: T[],
  links?: { self?: SandboxLink; next?: SandboxLink },
): SandboxCollection<T> {
  return {
    totalCount: items.length,
    items,
    ...(links
      ? {
          links: { ...(links.self ? { self: links.self } : {}), ...(links.next ? { next: links.next } : {}) },
        }
      : {}),
    attributes: { objectType: 'Collection' },
  };
}

/** Appends a query string (given as ordered pairs) to a path. */
export function withQuery(path: string, query: Record<string, string>): string {
  const search = new URLSearchParams(query).toString();
  return search ? `${path}?${search}` : path;
}
