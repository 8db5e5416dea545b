// Issue 15 (8): in Emulator mode "http://localhost:3978" answers wherever localhost resolves: the bot listens
// on 127.0.0.1 and on ::1, one set of routes for both, and a shutdown closes both.
import { createServer, type Server } from 'node:http';
import { networkInterfaces } from 'node:os';
import { messages, startHarness, stopHarness, type Harness } from '../support/harness';
import { sendToBot } from '../support/emulator';

const hasIpv6Loopback = Object.values(networkInterfaces())
  .flat()
  .some((a) => a?.address === '::1');
const ipv6It = hasIpv6Loopback ? it : it.skip;
if (!hasIpv6Loopback) console.warn('skipping the ::1 half: this machine has no IPv6 loopback address');

const at = (h: Harness, host: string) => `http://${host}:${new URL(h.app.url).port}`;

describe('Emulator mode on localhost (the default HOST)', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ HOST: 'localhost' });
  });
  afterAll(() => stopHarness(h));

  it('answers /healthz and a message turn on 127.0.0.1', async () => {
    expect((await fetch(`${at(h, '127.0.0.1')}/healthz`)).status).toBe(200);
    const turn = await sendToBot(at(h, '127.0.0.1'), h.connector, 'help');
    expect(turn.status).toBe(200);
    expect(messages(turn)).toHaveLength(1);
  });

  ipv6It('answers /healthz and a message turn on ::1, the same port', async () => {
    expect(h.app.server.addresses()).toEqual(['127.0.0.1', '::1']);
    expect((await fetch(`${at(h, '[::1]')}/healthz`)).status).toBe(200);
    const turn = await sendToBot(at(h, '[::1]'), h.connector, 'help');
    expect(turn.status).toBe(200);
    expect(messages(turn)).toHaveLength(1);
  });
});

describe('shutdown', () => {
  ipv6It('closes both addresses', async () => {
    const h = await startHarness({ HOST: 'localhost' });
    const v6 = at(h, '[::1]');
    expect((await fetch(`${v6}/healthz`)).status).toBe(200);
    await stopHarness(h);
    await expect(fetch(`${at(h, '127.0.0.1')}/healthz`)).rejects.toThrow();
    await expect(fetch(`${v6}/healthz`)).rejects.toThrow();
  });
});

describe('when ::1 cannot be had', () => {
  ipv6It('starts on 127.0.0.1 and says why in one log line', async () => {
    // Another program holds [::1] on the port: the bot still starts, on 127.0.0.1.
    const { blocker, port } = await holdIpv6Only();
    let h: Harness | undefined;
    try {
      h = await startHarness({ HOST: 'localhost', PORT: String(port) });
      expect(h.app.server.addresses()).toEqual(['127.0.0.1']);
      expect((await fetch(`${at(h, '127.0.0.1')}/healthz`)).status).toBe(200);
      const warnings = h.logs.records().filter((r) => /not listening on \[::1\]/.test(String(r.msg)));
      expect(warnings).toEqual([expect.objectContaining({ level: 40, code: 'EADDRINUSE' })]);
    } finally {
      await stopHarness(h);
      await new Promise((done) => blocker.close(done));
    }
  });
});

const listen = (server: Server, port: number, host: string) =>
  new Promise<boolean>((done) => {
    server.once('error', () => done(false));
    server.listen(port, host, () => done(true));
  });

/**
 * A server on [::1] at a port that is free on 127.0.0.1 too. The port [::1] gives may be another test's on
 * 127.0.0.1 (the workers run in parallel), so it is tried there first and another is taken when it is.
 */
async function holdIpv6Only(): Promise<{ blocker: Server; port: number }> {
  for (let attempt = 0; ; attempt++) {
    const blocker = createServer();
    await listen(blocker, 0, '::1');
    const port = (blocker.address() as { port: number }).port;
    const probe = createServer();
    const free = await listen(probe, port, '127.0.0.1');
    if (free) await new Promise((done) => probe.close(done));
    if (free || attempt === 20) return { blocker, port };
    await new Promise((done) => blocker.close(done));
  }
}
