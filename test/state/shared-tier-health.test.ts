// The shared tier is healthy again as soon as Redis takes a write: a stall or a full Redis leaves the connection
// open, so no reconnect would ever say so. (Before, /readyz stayed "degraded" for minutes after a 1 s stall.)
import { createLogger } from '../../src/logging/logger';
import { SharedTierHealth } from '../../src/state/shared-tier-health';
import { LogCapture } from '../support/harness';

beforeEach(() => jest.useFakeTimers());
afterEach(() => jest.useRealTimers());

function health() {
  const logs = new LogCapture();
  const tier = new SharedTierHealth(createLogger('info', logs));
  const said = (pattern: RegExp) => logs.records().filter((r) => pattern.test(String(r.msg))).length;
  return { tier, said };
}

describe('shared tier health', () => {
  it('probes while degraded and is ok within a second of Redis answering, saying so once', async () => {
    const { tier, said } = health();
    let answering = true;
    let closed = false;
    let probes = 0;
    tier.reachable();
    tier.recoverWith({
      run: () => {
        probes++;
        return answering ? Promise.resolve() : Promise.reject(new Error('Command timed out'));
      },
      closed: () => closed,
    });
    expect(tier.status).toBe('ok');
    await jest.advanceTimersByTimeAsync(5_000);
    expect(probes).toBe(0); // no probing while healthy

    answering = false;
    tier.fallback('read', Object.assign(new Error('Command timed out'), { code: undefined }));
    tier.fallback('write', new Error('Command timed out'));
    await jest.advanceTimersByTimeAsync(3_000);
    expect(tier.status).toBe('degraded');
    expect(probes).toBe(3);

    answering = true;
    await jest.advanceTimersByTimeAsync(1_000);
    expect(tier.status).toBe('ok');
    expect(said(/Redis unreachable/)).toBe(1);
    expect(said(/Redis reachable again/)).toBe(1);
    await jest.advanceTimersByTimeAsync(5_000);
    expect(probes).toBe(4); // stopped once healthy

    closed = true;
    tier.unreachable('closed');
    await jest.advanceTimersByTimeAsync(5_000);
    expect(probes).toBe(4); // a connection closed on purpose is not probed
  });
});
