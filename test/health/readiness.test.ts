import { createReadiness, type Probe } from '../../src/health/readiness';
import { PartnerCenterError } from '../../src/partnercenter/errors';

function clock(start = Date.parse('2026-01-01T00:00:00Z')) {
  let t = start;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

function counting(result: () => Promise<unknown>): Probe & { calls: number } {
  const probe = Object.assign(
    async () => {
      probe.calls++;
      return result();
    },
    { calls: 0 },
  );
  return probe;
}

describe('createReadiness', () => {
  it('is ready when every probe succeeds, and says when it checked', async () => {
    const c = clock();
    const readiness = createReadiness(
      { token: async () => 'x', partnerCenter: async () => [] },
      10_000,
      c.now,
    );
    expect(await readiness()).toEqual({
      ready: true,
      checks: { token: { ok: true }, partnerCenter: { ok: true } },
      checkedAt: '2026-01-01T00:00:00.000Z',
    });
  });

  it('is not ready when one probe fails, naming only the kind of failure', async () => {
    const failure = new PartnerCenterError({
      reason: 'upstream',
      status: 500,
      operation: 'listIndirectResellers',
      correlationId: 'c',
      requestId: 'r',
      description: 'customer Contoso Ltd, token sandbox-token',
    });
    const readiness = createReadiness({
      token: async () => 'x',
      partnerCenter: async () => Promise.reject(failure),
    });
    const report = await readiness();
    expect(report.ready).toBe(false);
    expect(report.checks).toEqual({ token: { ok: true }, partnerCenter: { ok: false, detail: 'upstream' } });
    expect(JSON.stringify(report)).not.toMatch(/Contoso|sandbox-token/);
  });

  it('reports an error without a reason by its name, and anything else as "failed"', async () => {
    const readiness = createReadiness({
      typed: async () => {
        throw new TypeError('secret detail');
      },
      thrownString: () => Promise.reject('secret detail'),
      synchronous: () => {
        throw new RangeError('secret detail');
      },
    });
    const report = await readiness();
    expect(report.checks).toEqual({
      typed: { ok: false, detail: 'TypeError' },
      thrownString: { ok: false, detail: 'failed' },
      synchronous: { ok: false, detail: 'RangeError' },
    });
    expect(JSON.stringify(report)).not.toContain('secret detail');
  });

  it('keeps a report for cacheMs, so polling does not spend the Partner Center quota', async () => {
    const c = clock();
    const probe = counting(async () => undefined);
    const readiness = createReadiness({ partnerCenter: probe }, 10_000, c.now);
    await readiness();
    c.advance(9_999);
    await readiness();
    await readiness();
    expect(probe.calls).toBe(1);
    c.advance(2);
    await readiness();
    expect(probe.calls).toBe(2);
  });

  it('shares one check between concurrent requests', async () => {
    let release!: () => void;
    const probe = counting(() => new Promise<void>((resolve) => (release = resolve)));
    const readiness = createReadiness({ partnerCenter: probe });
    const pending = [readiness(), readiness(), readiness()];
    release();
    const reports = await Promise.all(pending);
    expect(probe.calls).toBe(1);
    expect(new Set(reports).size).toBe(1);
  });

  it('recovers once the cached failure expires', async () => {
    const c = clock();
    let healthy = false;
    const readiness = createReadiness(
      { partnerCenter: async () => (healthy ? undefined : Promise.reject(new Error('down'))) },
      1_000,
      c.now,
    );
    expect((await readiness()).ready).toBe(false);
    healthy = true;
    expect((await readiness()).ready).toBe(false); // still the cached report
    c.advance(1_001);
    expect((await readiness()).ready).toBe(true);
  });
});
