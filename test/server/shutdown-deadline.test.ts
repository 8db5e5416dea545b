import { emulatorActivity, postRaw, startHarness, type Harness } from '../support/harness';
import { SilentConnector } from './silent-connector';

// A turn that never ends (here: the Bot Connector never answers the bot's reply) must not keep the app from
// stopping. close() waits for turns in flight only until the shutdown deadline, then closes their connections.
// On main close() never resolved, so SIGTERM needed a SIGKILL behind it.

async function waitFor(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 500 && !condition(); i++) await new Promise((resolve) => setTimeout(resolve, 20));
  expect(condition()).toBe(true);
}

describe('shutdown deadline', () => {
  let h: Harness;
  let silent: SilentConnector;
  beforeEach(async () => {
    h = await startHarness({}, { shutdownDeadlineMs: 300 });
    silent = await new SilentConnector().start();
  });
  afterEach(async () => {
    await h.connector.close();
    await silent.close();
  });

  it('close() resolves while a turn is stuck on a reply that is never answered, and ends its request', async () => {
    // The bot being added: its welcome card is the reply that hangs. (Not a message: a message turn also sends
    // typing indicators, whose timer outlives the turn, a defect handled elsewhere in issue 8.)
    const joined = {
      ...emulatorActivity(silent.url, undefined),
      type: 'conversationUpdate',
      membersAdded: [
        { id: 'user-1', name: 'Dana Seller' },
        { id: 'bot-1', name: 'Orders Bot' },
      ],
    };
    const stuck = postRaw(h.app.url, JSON.stringify(joined)).then(
      (response) => `answered ${response.status}`,
      () => 'connection closed',
    );
    // The turn is in flight once the bot has sent its welcome to the silent connector.
    await waitFor(() => silent.received.length > 0);

    await h.app.close(); // On main: never resolves (the test times out).

    expect(await stuck).toBe('connection closed');
    const lines = h.logs.records().map((r) => r.msg);
    expect(lines).toContain('shutdown deadline passed; closing the connections of the turns still running');
    await expect(fetch(`${h.app.url}/healthz`)).rejects.toThrow();
  });
});
