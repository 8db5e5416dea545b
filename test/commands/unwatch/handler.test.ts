// "unwatch all" in a conversation that watches nothing says so, instead of "Stopped 0 watches.", in every
// language; with watches it counts them.
import type { CommandEnv } from '../../../src/commands/deps';
import { handleText } from '../../../src/commands/run-command';
import { MemoryWatchStore } from '../../../src/state/watch-store';
import { cardTexts } from '../../cards/card-fixtures';
import { expectValidCard } from '../../cards/validate-card';
import { commandSuite } from '../../support/command-suite';
import { watchContext } from '../../support/watch-context';

const suite = commandSuite('1d5a1011-0000-4000-8000-00000000a11a');

function watching(store: MemoryWatchStore, locale: string): CommandEnv {
  return { ...suite.env({ locale }), watch: watchContext(store) };
}

describe('unwatch all', () => {
  it.each([
    ['en-US', 'unwatch all', 'This conversation watches no orders: there was nothing to stop.'],
    [
      'pt-BR',
      'parar de acompanhar todos',
      'Esta conversa não acompanha nenhum pedido: não havia nada a parar.',
    ],
    ['zh-CN', '取消关注 全部', '本对话没有关注任何订单，无需停止。'],
    [
      'it',
      'smetti di seguire tutti',
      "Questa conversazione non segue nessun ordine: non c'era niente da interrompere.",
    ],
  ])('in %s, says when nothing is watched', async (locale, text, line) => {
    const outcome = await handleText(text, watching(new MemoryWatchStore(), locale));
    expect(outcome).toMatchObject({ command: 'unwatch', result: 'ok', resultCount: 0 });
    expectValidCard(outcome.card);
    expect(cardTexts(outcome.card)).toContain(line);
  });

  it('counts the watches it stopped', async () => {
    const store = new MemoryWatchStore();
    const env = watching(store, 'en-US');
    expect((await handleText('watch pending orders for contoso', env)).result).toBe('ok');
    const outcome = await handleText('unwatch all', env);
    expect(outcome.resultCount).toBeGreaterThan(0);
    expect(cardTexts(outcome.card)).toContain(
      `Stopped ${outcome.resultCount} watch${outcome.resultCount === 1 ? '' : 'es'}.`,
    );
  });
});
