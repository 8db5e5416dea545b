// The sections that also run alone (BENCH_ONLY=a,b): their names, and what each gives back.

export interface Section<F> {
  figures: F | { note: string };
  targets: Record<string, boolean>;
}

export const SECTIONS = ['budgetBurst', 'coalescingRepeated', 'index'] as const;
export type SectionName = (typeof SECTIONS)[number];
