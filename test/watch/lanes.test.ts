// Lanes: one key's tasks in order, other keys past a key that never ends, at most `width` keys at once.

import { Lanes } from '../../src/watch/lanes';

const tick = () => new Promise((r) => setImmediate(r));

describe('Lanes', () => {
  it('runs one key in order and other keys past a key that hangs, width at a time', async () => {
    const lanes = new Lanes(2, () => undefined);
    const done: string[] = [];
    let release!: () => void;
    lanes.add('hung', () => new Promise<void>((r) => (release = r)));
    for (const task of ['a1', 'a2', 'a3']) lanes.add('a', async () => void done.push(task));
    lanes.add('b', async () => void done.push('b1'));
    let settled = false;
    void lanes.settled().then(() => (settled = true));
    for (let i = 0; i < 10; i++) await tick();
    expect(done).toEqual(['a1', 'a2', 'a3', 'b1']);
    expect(settled).toBe(false);
    release();
    for (let i = 0; i < 5; i++) await tick();
    expect(settled).toBe(true);
  });

  it('hands a failing task to onError and goes on with the key', async () => {
    const errors: unknown[] = [];
    const lanes = new Lanes(1, (err) => errors.push(err));
    const done: string[] = [];
    lanes.add('k', () => Promise.reject(new Error('boom')));
    lanes.add('k', async () => void done.push('after'));
    await lanes.settled();
    expect(errors).toHaveLength(1);
    expect(done).toEqual(['after']);
  });
});
