// Issue 21, item 1, end to end: the same 20 commands typed in English, Portuguese, Chinese and Italian, each
// by a person whose Teams speaks that language, through the real app (sandbox, botbuilder, restify, the
// Emulator's connector). Each answer must be the same as in English: the command and result the audit line
// records (with the customer and the count), and every button's data on its card (what the card would run
// next). Only the words on the cards differ.
import { sendToBot } from '../support/emulator';
import { stopHarness, type Harness } from '../support/harness';
import { crawlAll, startIndexedHarness } from '../support/indexed-harness';
import { expectValidCard } from '../cards/validate-card';

const ORDER = 'YxH1q4KScfvfkJQjgRI8QY1DznnUWZTH1';
const PENDING = '9qg-ErcO-4MPbPqq_3MIQaS7bn8W6HfG1';
const GUID = 'eeba9d00-7b46-443a-917e-22887a8fc993';

type Locale = 'en-US' | 'pt-BR' | 'zh-CN' | 'it-IT';

/** The 20 commands, in the order one person types them (watches before unwatch). `{reseller}`: its id. */
const COMMANDS: readonly Readonly<Record<Locale, string>>[] = [
  {
    'en-US': 'orders for contoso',
    'pt-BR': 'pedidos de contoso',
    'zh-CN': 'contoso 的订单',
    'it-IT': 'ordini di contoso',
  },
  {
    'en-US': 'orders for contoso monthly',
    'pt-BR': 'pedidos de contoso mensais',
    'zh-CN': 'contoso的月度订单',
    'it-IT': 'ordini di contoso mensili',
  },
  {
    'en-US': 'orders for contoso onetime',
    'pt-BR': 'pedidos de contoso pagamento único',
    'zh-CN': 'contoso 的一次性订单',
    'it-IT': 'ordini di contoso una tantum',
  },
  {
    'en-US': 'pending orders for contoso',
    'pt-BR': 'pedidos pendentes de contoso',
    'zh-CN': 'contoso 的待处理订单',
    'it-IT': 'ordini in sospeso di contoso',
  },
  {
    'en-US': 'completed orders for contoso',
    'pt-BR': 'pedidos concluídos de contoso',
    'zh-CN': 'contoso的已完成订单',
    'it-IT': 'ordini completati di contoso',
  },
  {
    'en-US': 'orders for contoso since 2018-03-01',
    'pt-BR': 'pedidos de contoso desde 1 de março de 2018',
    'zh-CN': 'contoso 自2018年3月1日起的订单',
    'it-IT': 'ordini di contoso dal 1 marzo 2018',
  },
  {
    'en-US': 'orders for contoso via {reseller} with prices including system purchases',
    'pt-BR': 'pedidos de contoso via {reseller} com preços incluindo compras do sistema',
    'zh-CN': 'contoso 的订单 通过 {reseller} 带价格 包含系统购买',
    'it-IT': 'ordini di contoso tramite {reseller} con prezzi inclusi acquisti di sistema',
  },
  {
    'en-US': 'orders for contoso with azure',
    'pt-BR': 'pedidos de contoso com azure',
    'zh-CN': 'contoso 的订单 带 azure',
    'it-IT': 'ordini di contoso con azure',
  },
  {
    'en-US': `order ${ORDER} for contoso`,
    'pt-BR': `pedido ${ORDER} de contoso`,
    'zh-CN': `contoso 的订单 ${ORDER}`,
    'it-IT': `ordine ${ORDER} di contoso`,
  },
  {
    'en-US': `subscriptions for order ${GUID} for contoso`,
    'pt-BR': `assinaturas do pedido ${GUID} de contoso`,
    'zh-CN': `contoso的订单${GUID}的订阅`,
    'it-IT': `abbonamenti dell'ordine ${GUID} di contoso`,
  },
  {
    'en-US': `order ${PENDING}`,
    'pt-BR': `pedido ${PENDING}`,
    'zh-CN': `订单${PENDING}`,
    'it-IT': `ordine ${PENDING}`,
  },
  {
    'en-US': 'pending orders',
    'pt-BR': 'pedidos pendentes',
    'zh-CN': '待处理订单',
    'it-IT': 'ordini in sospeso',
  },
  {
    'en-US': 'orders in March 2018',
    'pt-BR': 'pedidos de março de 2018',
    'zh-CN': '2018年3月的订单',
    'it-IT': 'ordini di marzo 2018',
  },
  {
    'en-US': 'who has Azure plan',
    'pt-BR': 'quem tem Azure plan',
    'zh-CN': '谁有 Azure plan',
    'it-IT': 'chi ha Azure plan',
  },
  {
    'en-US': `watch order ${PENDING} for contoso`,
    'pt-BR': `acompanhar pedido ${PENDING} de contoso`,
    'zh-CN': `关注 contoso 的订单 ${PENDING}`,
    'it-IT': `segui ordine ${PENDING} di contoso`,
  },
  {
    'en-US': 'watches',
    'pt-BR': 'acompanhamentos',
    'zh-CN': '关注列表',
    'it-IT': 'ordini seguiti',
  },
  {
    'en-US': `unwatch ${PENDING}`,
    'pt-BR': `parar de acompanhar ${PENDING}`,
    'zh-CN': `取消关注 ${PENDING}`,
    'it-IT': `smetti di seguire ${PENDING}`,
  },
  {
    'en-US': 'watch pending orders for contoso',
    'pt-BR': 'acompanhar pedidos pendentes de contoso',
    'zh-CN': '关注 contoso 的待处理订单',
    'it-IT': 'segui ordini in sospeso di contoso',
  },
  {
    'en-US': 'unwatch all',
    'pt-BR': 'parar de acompanhar todos',
    'zh-CN': '取消关注全部',
    'it-IT': 'smetti di seguire tutti',
  },
  {
    'en-US': 'refresh customers',
    'pt-BR': 'atualizar clientes',
    'zh-CN': '刷新客户',
    'it-IT': 'aggiorna clienti',
  },
];

let e2e: Harness;
let reseller: string;
beforeAll(async () => {
  // An index (pending orders, orders since monday, who has, an id alone) and the customer directory (refresh
  // customers).
  e2e = await startIndexedHarness();
  await crawlAll(e2e);
  const [first] = await e2e.app.api.listIndirectResellers({ correlationId: 'test' });
  reseller = first!.id;
});
afterAll(() => stopHarness(e2e));

/** Every button's data on a card (Action.Submit and Action.Execute, the card's own refresh included). */
function buttonData(card: unknown): unknown[] {
  const out: unknown[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const o = node as Record<string, unknown>;
      if (typeof o.type === 'string' && o.type.startsWith('Action.') && 'data' in o) out.push(o.data);
      for (const [key, value] of Object.entries(o)) if (key !== 'data') walk(value);
    }
  };
  walk(card);
  return out;
}

interface Answer {
  audit: Record<string, unknown>;
  buttons: unknown[];
}

/** The 20 commands in one language, in one conversation of its own (its watches are its own). */
async function askAll(locale: Locale): Promise<Answer[]> {
  const conversationId = `conv-languages-${locale}`;
  const answers: Answer[] = [];
  for (const command of COMMANDS) {
    const text = command[locale].replace('{reseller}', reseller);
    const result = await sendToBot(e2e.app.url, e2e.connector, text, { locale, conversationId });
    expect({ text, status: result.status, cards: result.cards.length }).toEqual({
      text,
      status: 200,
      cards: 1,
    });
    expectValidCard(result.cards[0]);
    const { command: kind, result: outcome, customerId, resultCount } = e2e.logs.audits().at(-1)!;
    answers.push({
      audit: { text, kind, outcome, customerId, resultCount },
      buttons: buttonData(result.cards[0]),
    });
  }
  return answers;
}

describe('the same 20 commands in each language', () => {
  let english: Answer[];
  beforeAll(async () => {
    english = await askAll('en-US');
  });

  it('are answered in English with a command that finds something, not help or an error', () => {
    for (const { audit } of english) {
      expect(audit.kind).not.toBe('help');
      expect(audit.outcome).toBe('ok');
      expect(audit.resultCount).toBeGreaterThan(0);
    }
  });

  it.each<Locale>(['pt-BR', 'zh-CN', 'it-IT'])('%s: the same answers as in English', async (locale) => {
    const answers = await askAll(locale);
    answers.forEach((answer, i) => {
      const expected = english[i]!;
      expect(answer.audit).toEqual({ ...expected.audit, text: answer.audit.text });
      expect({ text: answer.audit.text, buttons: answer.buttons }).toEqual({
        text: answer.audit.text,
        buttons: expected.buttons,
      });
    });
  });
});
