import { MemorySeenActivities } from '../../src/state/seen-activities';

describe('MemorySeenActivities', () => {
  it('says first time once per key', async () => {
    const seen = new MemorySeenActivities();
    expect(await seen.firstTime('a')).toBe(true);
    expect(await seen.firstTime('a')).toBe(false);
    expect(await seen.firstTime('a')).toBe(false);
    expect(await seen.firstTime('b')).toBe(true);
  });

  it('forgets a key after its time to live', async () => {
    let now = 1_000;
    const seen = new MemorySeenActivities({ ttlMs: 30_000, now: () => now });
    expect(await seen.firstTime('a')).toBe(true);
    now += 29_000;
    expect(await seen.firstTime('a')).toBe(false);
    now += 2_000;
    expect(await seen.firstTime('a')).toBe(true);
  });

  it('keeps at most `max` keys, dropping the oldest', async () => {
    const seen = new MemorySeenActivities({ max: 2 });
    await seen.firstTime('a');
    await seen.firstTime('b');
    await seen.firstTime('c');
    expect(await seen.firstTime('c')).toBe(false);
    expect(await seen.firstTime('a')).toBe(true);
  });
});
