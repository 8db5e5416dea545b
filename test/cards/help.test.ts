import { helpCard } from '../../src/commands';
import { COMMANDS } from '../../src/commands/registry';
import { cardText, cardTexts, submitActions } from './card-fixtures';
import { expectValidCard } from './validate-card';

const en = { locale: 'en-US' };
const action = (text: string) => ({ verb: 'text', text });
/** The help card's entries, from the registry: one "Try it" button each. */
const entries = COMMANDS.flatMap((c) => c.strings.en.help);
const entriesOf = (verb: string) => entries.filter((e) => e.command.split(' ', 1)[0] === verb);

describe('helpCard', () => {
  it('lists the command reference with examples and a button per example', () => {
    const card = helpCard({ action }, en);
    expectValidCard(card);
    const text = cardText(card);
    expect(cardTexts(card)[0]).toBe('What I can do');
    expect(text).toContain('A customer can be given by name, domain or tenant id.');
    for (const command of [
      'orders for <customer>',
      'orders for <customer> <billing cycle>',
      'order <order-id> for <customer>',
      'subscriptions for order <order-id> for <customer>',
      'orders for <customer> via <reseller> [with prices] [including system purchases]',
      'help',
    ]) {
      expect(cardTexts(card)).toContain(command);
    }
    expect(text).toContain('Example: orders for contoso.onmicrosoft.com monthly');
    const buttons = submitActions(card);
    expect(buttons).toHaveLength(entries.length);
    expect(buttons[0]).toEqual({ title: 'Try it', data: { verb: 'text', text: 'orders for contoso' } });
  });

  it('leads with the hint and "Did you mean", with a button that runs the suggestion', () => {
    const card = helpCard(
      { hint: "I didn't understand 'ordrs for contoso'", suggestion: 'orders for contoso', action },
      en,
    );
    expectValidCard(card);
    const texts = cardTexts(card);
    expect(texts.slice(0, 3)).toEqual([
      'What I can do',
      "I didn't understand 'ordrs for contoso'",
      'Did you mean: orders for contoso?',
    ]);
    expect(submitActions(card)[0]).toEqual({
      title: 'Yes, run it',
      data: { verb: 'text', text: 'orders for contoso' },
    });
  });

  it('uses the caller’s action data for every button', () => {
    const own = (text: string) => ({ pcbot: 'type', text });
    const buttons = submitActions(helpCard({ suggestion: 'orders for contoso', action: own }, en));
    expect(buttons[0]!.data).toEqual({ pcbot: 'type', text: 'orders for contoso' });
    expect(buttons[1]!.data).toEqual({ pcbot: 'type', text: 'orders for contoso' });
  });

  it('narrows the reference to a topic', () => {
    const card = helpCard({ topic: 'order', action }, en);
    expectValidCard(card);
    expect(cardTexts(card)[0]).toBe('Help: order');
    expect(cardTexts(card)).toContain('order <order-id> for <customer>');
    expect(cardText(card)).not.toContain('subscriptions for order');
    expect(entriesOf('orders').length).toBeGreaterThan(1);
    expect(submitActions(helpCard({ topic: 'orders', action }, en))).toHaveLength(entriesOf('orders').length);
    expect(submitActions(helpCard({ topic: 'unheard-of', action }, en))).toHaveLength(entries.length);
  });

  it('uses given examples instead, with buttons only for runnable ones', () => {
    const card = helpCard(
      {
        examples: [
          { command: 'orders for fabrikam annual', description: 'Annual orders of Fabrikam' },
          { command: 'order <order-id> for <customer>', description: 'One order' },
        ],
        action,
      },
      en,
    );
    expectValidCard(card);
    expect(cardText(card)).toContain('orders for fabrikam annual\nAnnual orders of Fabrikam');
    expect(cardText(card)).not.toContain('Example:');
    expect(submitActions(card)).toEqual([
      { title: 'Try it', data: { verb: 'text', text: 'orders for fabrikam annual' } },
    ]);
  });

  it('stays small with a huge hint', () => {
    expectValidCard(helpCard({ hint: 'x'.repeat(100_000), suggestion: 'y'.repeat(100_000), action }, en));
  });

  it.each([
    [
      'pt-BR',
      [
        'O que eu posso fazer',
        // Its syntax and examples in the words the parser reads in Portuguese (issue 21).
        'pedidos de <cliente>',
        'Exemplo: pedidos de contoso',
        'Você quis dizer: orders for contoso?',
        'Sim, executar',
        'Experimentar',
      ],
    ],
    [
      'zh-CN',
      [
        '我能做什么',
        '<客户> 的订单',
        '示例：contoso 的订单',
        '你是不是想输入：orders for contoso？',
        '试一试',
      ],
    ],
    [
      'it',
      [
        'Cosa posso fare',
        'ordini di <cliente>',
        'Esempio: ordini di contoso',
        'Forse intendevi: orders for contoso?',
        'Prova',
      ],
    ],
    ['de-DE', ['What I can do', 'orders for <customer>', 'Did you mean: orders for contoso?']],
  ])('%s', (locale, expected) => {
    const card = helpCard({ suggestion: 'orders for contoso', action }, { locale });
    expectValidCard(card);
    const text = cardText(card);
    for (const e of expected) expect(text).toContain(e);
  });
});
