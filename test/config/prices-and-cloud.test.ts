// PRICES_IN_SHARED_CONVERSATIONS (fails closed: only its three names start the bot) and the cloud whose portal
// the cards link to, in sandbox mode too.
import { ConfigError, readConfig } from '../../src/config';

describe('PRICES_IN_SHARED_CONVERSATIONS', () => {
  it('defaults to asker', () => {
    expect(readConfig({}).pricesInSharedConversations).toBe('asker');
    expect(readConfig({ PRICES_IN_SHARED_CONVERSATIONS: '  ' }).pricesInSharedConversations).toBe('asker');
  });

  it.each(['asker', 'everyone', 'never', 'Everyone', 'NEVER'])('takes %p', (value) => {
    expect(readConfig({ PRICES_IN_SHARED_CONVERSATIONS: value }).pricesInSharedConversations).toBe(
      value.toLowerCase(),
    );
  });

  it.each(['all', 'true', 'false', 'askers', 'no'])(
    'refuses %p with one line naming the variable',
    (value) => {
      let error: unknown;
      try {
        readConfig({ PRICES_IN_SHARED_CONVERSATIONS: value });
      } catch (err) {
        error = err;
      }
      expect(error).toBeInstanceOf(ConfigError);
      expect((error as Error).message).toBe(
        `PRICES_IN_SHARED_CONVERSATIONS must be one of asker, everyone, never, got "${value}"`,
      );
    },
  );
});

describe('cloud', () => {
  it('is PARTNER_CENTER_CLOUD, global by default, in sandbox mode too', () => {
    expect(readConfig({}).cloud).toBe('global');
    expect(readConfig({ PARTNER_CENTER_CLOUD: 'china' }).cloud).toBe('china');
  });
});
