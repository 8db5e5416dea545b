export interface ReadinessReport {
  ready: boolean;
  checks: Record<string, { ok: boolean; detail?: string }>;
  /** Dependencies the bot answers without, at some cost (e.g. `redis: degraded`): shown, never unready. */
  dependencies?: Record<string, 'ok' | 'degraded'>;
  /** What else the bot reports about itself (e.g. the index's coverage and age); never affects `ready`. */
  info?: Record<string, unknown>;
  checkedAt: string;
}

export type Probe = () => Promise<unknown>;

/**
 * Ready means: a token can be obtained and Partner Center (or the sandbox) answers. The result is kept for a
 * few seconds so a platform polling /readyz does not spend the Partner Center quota.
 */
export function createReadiness(
  probes: Record<string, Probe>,
  cacheMs = 10_000,
  now = Date.now,
  dependencies: Record<string, () => 'ok' | 'degraded'> = {},
  info: Record<string, () => Promise<unknown>> = {},
) {
  let last: { at: number; report: Promise<ReadinessReport> } | undefined;

  async function run(): Promise<ReadinessReport> {
    const entries = await Promise.all(
      Object.entries(probes).map(async ([name, probe]) => {
        try {
          await probe();
          return [name, { ok: true }] as const;
        } catch (err) {
          // Only the error's kind: a message could carry a secret or a customer's data.
          const detail = err instanceof Error ? ((err as { reason?: string }).reason ?? err.name) : 'failed';
          return [name, { ok: false, detail }] as const;
        }
      }),
    );
    const checks = Object.fromEntries(entries);
    return { ready: entries.every(([, c]) => c.ok), checks, checkedAt: new Date(now()).toISOString() };
  }

  return async (): Promise<ReadinessReport> => {
    if (!last || now() - last.at > cacheMs) last = { at: now(), report: run() };
    const report = await last.report;
    const names = Object.keys(dependencies);
    const withInfo = await addInfo(report, info);
    if (names.length === 0) return withInfo;
    // Read on every request: no network involved, and a recovery shows at once.
    return { ...withInfo, dependencies: Object.fromEntries(names.map((n) => [n, dependencies[n]!()])) };
  };
}

/** Adds each piece of info that could be read (one that fails, e.g. Redis away, is left out). */
async function addInfo(
  report: ReadinessReport,
  info: Record<string, () => Promise<unknown>>,
): Promise<ReadinessReport> {
  const names = Object.keys(info);
  if (names.length === 0) return report;
  const values = await Promise.all(names.map((n) => info[n]!().catch(() => undefined)));
  return { ...report, info: Object.fromEntries(names.map((n, i) => [n, values[i]])) };
}
