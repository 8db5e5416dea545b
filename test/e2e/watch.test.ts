// Watching an order, driven like the Emulator (and like Teams where it matters): the bot stores the watch, the
// sandbox completes the order, the poller sees it and the bot POSTs the notice into the same conversation
// (in a channel, the same thread); unknown orders, the cap, duplicates and a gone conversation get clear answers.

import { cardText } from '../support/emulator';
import { messages, sendAsTeams, startHarness, stopHarness, type Harness } from '../support/harness';
import { sendToBot } from '../support/emulator';

const PENDING = '9qg-ErcO-4MPbPqq_3MIQaS7bn8W6HfG1';

let h: Harness | undefined;
afterEach(async () => {
  await stopHarness(h);
  h = undefined;
});

const ask = (harness: Harness, text: string, conversationId: string) =>
  sendToBot(harness.app.url, harness.connector, text, { conversationId });
const lastText = (turn: { cards: Record<string, unknown>[] }) => cardText(turn.cards.at(-1));

async function complete(harness: Harness, orderId: string): Promise<void> {
  const response = await fetch(`${harness.app.sandbox!.url}/_sandbox/orders/${orderId}/complete`, {
    method: 'POST',
  });
  expect(response.status).toBe(200);
}

describe('watch an order (Emulator mode)', () => {
  it('notices the completed order in the same conversation, once, and ends the watch', async () => {
    h = await startHarness();
    const conversation = 'conv-watch-1';
    const watched = await ask(h, `watch order ${PENDING} for contoso`, conversation);
    expect(lastText(watched)).toContain(`Watching order ${PENDING}`);
    expect(lastText(watched)).toContain('a restart forgets them');
    expect(lastText(await ask(h, 'watches', conversation))).toContain(PENDING);

    await h.app.poller.tick(true);
    const before = h.connector.conversation(conversation).length;
    await h.app.poller.tick(true); // nothing changed yet: no notice
    expect(h.connector.conversation(conversation)).toHaveLength(before);

    await complete(h, PENDING);
    await h.app.poller.tick(true);
    const notices = h.connector.conversation(conversation).slice(before);
    expect(notices).toHaveLength(1);
    const text = cardText(notices[0]!.activity.attachments?.[0]?.content);
    expect(text).toContain(`Order ${PENDING} of Contoso`);
    expect(text).toMatch(/Status: Pending → Completed/);
    expect(text).toContain('The watch ends');
    expect(text).toContain('Details');

    await h.app.poller.tick(true);
    expect(h.connector.conversation(conversation)).toHaveLength(before + 1);
    expect(lastText(await ask(h, 'watches', conversation))).toContain('watches no orders');
  });

  it('says at start-up that watches live in the process, and offers Watch buttons on pending orders', async () => {
    h = await startHarness();
    expect(h.logs.records().some((r) => /watches live in this process/.test(String(r.msg)))).toBe(true);
    const c = 'conv-buttons';
    const isWatch = (a: { title?: string; data?: { command?: { kind?: string } } }) =>
      a.title === 'Watch' && a.data?.command?.kind === 'watch';
    const detail = await ask(h, `order ${PENDING} for contoso`, c);
    expect((detail.cards.at(-1)?.actions as { title?: string }[]).some(isWatch)).toBe(true);
    const list = await ask(h, 'orders for contoso', c);
    const buttons = JSON.stringify(list.cards.at(-1));
    expect(buttons).toContain(`"command":{"kind":"watch","customer":`);
    // A click on it watches the order.
    const watchButton = (detail.cards.at(-1)?.actions as { data: unknown }[]).find((a) =>
      isWatch(a as never),
    )!;
    const click = await sendToBot(h.app.url, h.connector, undefined, {
      conversationId: c,
      value: watchButton.data,
    });
    expect(lastText(click)).toContain(`Watching order ${PENDING}`);
  });

  it('lands in the channel thread the watch was asked in', async () => {
    h = await startHarness();
    const thread = '19:abc@thread.tacv2;messageid=1700000000000';
    await sendAsTeams(h, `watch order ${PENDING} for contoso`, {
      conversationType: 'channel',
      conversationId: thread,
      tenantId: 'tenant-1',
    });
    await complete(h, PENDING);
    await h.app.poller.tick(true);
    const notices = h.connector
      .conversation(thread)
      .filter((r) => /changed/.test(cardText(r.activity.attachments?.[0]?.content)));
    expect(notices).toHaveLength(1);
  });

  it('answers unknown orders, duplicates, the cap, pending lists and unwatch clearly', async () => {
    h = await startHarness({ WATCH_MAX_PER_PERSON: '2' });
    const c = 'conv-watch-2';
    expect(lastText(await ask(h, 'watch order 0000-unknown-order-id-0000 for contoso', c))).toMatch(
      /order.*not found|couldn't find|no order/i,
    );
    expect(lastText(await ask(h, `watch order ${PENDING} for contoso`, c))).toContain('Watching order');
    expect(lastText(await ask(h, `watch order ${PENDING} for contoso`, c))).toContain(
      `This conversation already watches order ${PENDING}`,
    );
    const pending = lastText(await ask(h, 'watch pending orders for contoso', c));
    expect(pending).toContain('Watching 1 of the 2 pending orders of Contoso');
    expect(pending).toContain('This conversation already watches 1 of them.');
    expect(lastText(await ask(h, `watch order ${PENDING} for contoso`, 'conv-other'))).toContain(
      'the most watches allowed',
    );
    expect(lastText(await ask(h, `unwatch ${PENDING}`, c))).toContain(`Stopped watching order ${PENDING}`);
    expect(lastText(await ask(h, `unwatch ${PENDING}`, c))).toContain('does not watch');
    expect(lastText(await ask(h, 'unwatch all', c))).toContain('Stopped 1 watch.');
  });

  it('removes the watch, and logs it, when the conversation is gone (403)', async () => {
    h = await startHarness();
    const c = 'conv-watch-gone';
    await ask(h, `watch order ${PENDING} for contoso`, c);
    await complete(h, PENDING);
    h.connector.faults.push({ status: 403, method: 'POST' });
    await h.app.poller.tick(true);
    h.connector.faults = [];
    expect(await h.app.state.watchStore.all()).toHaveLength(0);
    expect(h.logs.records().some((r) => r.msg === 'watch removed: its conversation is gone')).toBe(true);
    expect(messages({ replies: h.connector.conversation(c) } as never).length).toBeGreaterThan(0);
  });
});
