// Who sees prices, by setting, conversation, channel and whom the card is for (PRICES_IN_SHARED_CONVERSATIONS).
import type { Activity } from 'botbuilder';
import { priceViewOf } from '../../src/bot/price-view';

/** An activity of `channelId` in a conversation of this type (the fields Teams and Web Chat send). */
const activity = (channelId: string, conversationType: string, isGroup = false) =>
  ({ channelId, conversation: { id: 'c', conversationType, isGroup, name: '' } }) as Partial<Activity>;
const teams = (conversationType: string, isGroup?: boolean) => activity('msteams', conversationType, isGroup);
const webChat = (isGroup?: boolean) => activity('webchat', '', isGroup);

describe('priceViewOf', () => {
  it('shows prices in a 1:1 chat, whatever the setting and the channel', () => {
    for (const setting of ['asker', 'everyone', 'never'] as const) {
      expect(priceViewOf(setting, teams('personal'), 'conversation')).toBe('shown');
      expect(priceViewOf(setting, webChat(), 'conversation')).toBe('shown');
      expect(priceViewOf(setting, { channelId: 'emulator' }, 'conversation')).toBe('shown');
    }
  });

  it.each(['channel', 'groupChat'])(
    'asker: a Teams %s sees a card without prices, the person a priced view',
    (type) => {
      expect(priceViewOf('asker', teams(type), 'conversation')).toBe('onRequest');
      expect(priceViewOf('asker', teams(type), 'person')).toBe('shown');
    },
  );

  it('treats a conversation that says it is a group as shared, whatever its type says', () => {
    expect(priceViewOf('asker', teams('', true), 'conversation')).toBe('onRequest');
  });

  it('everyone: the whole shared conversation sees prices', () => {
    expect(priceViewOf('everyone', teams('channel'), 'conversation')).toBe('shown');
    expect(priceViewOf('everyone', webChat(true), 'conversation')).toBe('shown');
  });

  it('never: nobody sees prices in a shared conversation, not even in their own view', () => {
    expect(priceViewOf('never', teams('channel'), 'conversation')).toBe('personalChatOnly');
    expect(priceViewOf('never', teams('groupChat'), 'person')).toBe('personalChatOnly');
  });

  it('a card inserted into a message is shared, even in a 1:1 chat between two people', () => {
    expect(priceViewOf('asker', teams('personal'), 'inserted')).toBe('onRequest');
    expect(priceViewOf('never', teams('personal'), 'inserted')).toBe('personalChatOnly');
    expect(priceViewOf('everyone', teams('personal'), 'inserted')).toBe('shown');
  });

  it('outside Teams a shared conversation sees prices only with everyone: no client shows a view of one’s own', () => {
    expect(priceViewOf('asker', webChat(true), 'conversation')).toBe('personalChatOnly');
    expect(priceViewOf('asker', webChat(true), 'person')).toBe('personalChatOnly');
  });
});
