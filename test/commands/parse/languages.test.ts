// Issue 21, item 1: commands in each language. Portuguese, Chinese and Italian are read next to English,
// whatever the person's locale: each phrase below must give the same command as the English one beside it.
// The person's locale only picks the language of "Did you mean …?" and of the help card's examples.
import fc from 'fast-check';
import type { Command } from '../../../src/commands/command';
import { helpCard } from '../../../src/commands';
import { formatCommand, parseCommand, reservedWords } from '../../../src/commands/parse';
import { LANGUAGES, SHARED_WORDS, type Language } from '../../../src/commands/parse/languages';
import { buildLexicon } from '../../../src/commands/parse/languages/lexicon';
import { createTranslator } from '../../../src/commands/parse/languages/translate';
import { tokenize } from '../../../src/commands/parse/tokenize';
import { KEYWORDS } from '../../../src/commands/parse/vocabulary';
import { COMMANDS } from '../../../src/commands/registry';
import { cardTexts, submitActions } from '../../cards/card-fixtures';

// Sunday 2018-04-15: "since monday" is 2018-04-09.
const NOW = new Date('2018-04-15T10:00:00Z');
const ID = '9qg-ErcO-4MPbPqq_3MIQaS7bn8W6HfG1';
const GUID = 'eeba9d00-7b46-443a-917e-22887a8fc993';

const parsed = (text: string, locale?: string): Command | string => {
  const result = parseCommand(text, NOW, locale);
  return result.ok ? result.command : `problem: ${result.problem.hint}`;
};

/** An English command, and phrases in the other languages that must read the same. */
const SAME: readonly [string, Record<Language, readonly string[]>][] = [
  [
    'orders for contoso',
    {
      'pt-BR': [
        'pedidos de contoso',
        'pedidos da contoso',
        'pedidos para contoso',
        'contoso pedidos',
        'Pedidos de contoso',
      ],
      'zh-CN': [
        'contoso 的订单',
        'contoso的订单',
        '显示 contoso 的订单',
        '请列出contoso的订单。',
        '为 contoso 的订单',
      ],
      it: [
        'ordini di contoso',
        'ordini per contoso',
        'mostrami gli ordini di contoso',
        'ordini di contoso per favore',
      ],
    },
  ],
  [
    'orders for contoso monthly',
    {
      'pt-BR': [
        'pedidos de contoso mensais',
        'pedidos mensais de contoso',
        'pedidos de contoso mensal',
        'pedidos de contoso ciclo de cobrança mensal',
      ],
      'zh-CN': ['contoso 的月度订单', 'contoso的订单 月度', 'contoso 的每月订单'],
      it: [
        'ordini di contoso mensili',
        'ordini mensili di contoso',
        'ordini di contoso ciclo di fatturazione mensile',
      ],
    },
  ],
  [
    'orders for contoso annual',
    {
      'pt-BR': ['pedidos de contoso anuais', 'pedidos anuais de contoso', 'pedidos de contoso anual'],
      'zh-CN': ['contoso 的年度订单', 'contoso的每年订单'],
      it: ['ordini di contoso annuali', 'ordini annuali di contoso', 'ordini di contoso annuale'],
    },
  ],
  [
    'orders for contoso onetime',
    {
      'pt-BR': [
        'pedidos de contoso pagamento único',
        'pedidos de contoso avulsos',
        'pedidos de contoso pagamento unico',
      ],
      'zh-CN': ['contoso 的一次性订单'],
      it: ['ordini di contoso una tantum'],
    },
  ],
  [
    'pending orders for contoso',
    {
      'pt-BR': ['pedidos pendentes de contoso', 'pedidos de contoso pendentes'],
      'zh-CN': ['contoso 的待处理订单', 'contoso的待处理订单'],
      it: ['ordini in sospeso di contoso', 'ordini di contoso in sospeso'],
    },
  ],
  [
    'completed orders for contoso',
    {
      'pt-BR': ['pedidos concluídos de contoso', 'pedidos concluidos de contoso'],
      'zh-CN': ['contoso 的已完成订单'],
      it: ['ordini completati di contoso'],
    },
  ],
  [
    'cancelled orders for contoso since 2018-03-10',
    {
      'pt-BR': [
        'pedidos cancelados de contoso desde 2018-03-10',
        'pedidos cancelados de contoso desde 10 de março de 2018',
        'pedidos de contoso cancelados a partir de 2018-03-10',
      ],
      'zh-CN': [
        'contoso 自 2018-03-10 起的已取消订单',
        'contoso 的已取消订单 自2018年3月10日起',
        'contoso 的已取消订单 2018-03-10 以来',
      ],
      it: [
        'ordini annullati di contoso dal 2018-03-10',
        'ordini annullati di contoso dal 10 marzo 2018',
        'ordini annullati di contoso a partire dal 2018-03-10',
      ],
    },
  ],
  [
    'orders for contoso in March 2018',
    {
      'pt-BR': ['pedidos de contoso em março de 2018', 'pedidos de contoso em 2018-03'],
      'zh-CN': ['contoso 的订单 在2018年3月'],
      it: ['ordini di contoso a marzo 2018', 'ordini di contoso nel 2018-03'],
    },
  ],
  [
    'orders for contoso before 2018-04-01',
    {
      'pt-BR': ['pedidos de contoso antes de 2018-04-01'],
      'zh-CN': ['contoso 的订单 2018-04-01 之前', 'contoso 2018年4月1日之前的订单'],
      it: ['ordini di contoso prima del 2018-04-01'],
    },
  ],
  [
    'orders for contoso between 2018-01-01 and 2018-03-31',
    {
      'pt-BR': ['pedidos de contoso entre 2018-01-01 e 2018-03-31'],
      'zh-CN': [
        'contoso 的订单 在 2018-01-01 和 2018-03-31 之间',
        'contoso 的订单 介于 2018-01-01 和 2018-03-31 之间',
        'contoso的订单2018-01-01和2018-03-31之间',
      ],
      it: ['ordini di contoso tra 2018-01-01 e 2018-03-31'],
    },
  ],
  [
    // A month and its day before a postposition (was read as part of the customer's name in Chinese).
    'orders for contoso before march 31',
    {
      'pt-BR': ['pedidos de contoso antes de 31 de março'],
      'zh-CN': ['contoso 的订单 3月31日 之前', 'contoso 3月31日之前的订单'],
      it: ['ordini di contoso prima del 31 marzo'],
    },
  ],
  [
    'orders for contoso since march 1',
    {
      'pt-BR': ['pedidos de contoso desde 1 de março'],
      'zh-CN': ['contoso 的订单 自 3月1日 以来', 'contoso 的订单 3月1日 以来'],
      it: ['ordini di contoso dal 1 marzo'],
    },
  ],
  [
    'orders for contoso between march 1 and march 31',
    {
      'pt-BR': ['pedidos de contoso entre 1 de março e 31 de março'],
      'zh-CN': ['contoso 的订单 3月1日 和 3月31日 之间', 'contoso的订单在3月1日和3月31日之间'],
      it: ['ordini di contoso tra 1 marzo e 31 marzo'],
    },
  ],
  [
    // A day of last week (not the latest such day: on a Sunday, last week's Monday is 13 days back).
    'orders for contoso last week monday',
    {
      'pt-BR': [
        'pedidos de contoso segunda da semana passada',
        'pedidos de contoso na segunda-feira da semana passada',
      ],
      'zh-CN': ['contoso 的订单 上周一', 'contoso 上星期一的订单'],
      it: ['ordini di contoso lunedì della settimana scorsa'],
    },
  ],
  [
    'orders for contoso since last week monday',
    {
      'pt-BR': ['pedidos de contoso desde segunda da semana passada'],
      'zh-CN': ['contoso 的订单 自上周一以来', 'contoso 上周一以来的订单'],
      it: ['ordini di contoso da lunedì della settimana scorsa'],
    },
  ],
  [
    'orders for contoso last 7 days',
    {
      'pt-BR': ['pedidos de contoso últimos 7 dias', 'pedidos de contoso nos ultimos 7 dias'],
      'zh-CN': ['contoso 最近7天的订单', 'contoso 的订单 过去 7 天'],
      it: ['ordini di contoso ultimi 7 giorni', 'ordini di contoso negli ultimi 7 giorni'],
    },
  ],
  [
    'orders for contoso via woodgrove with prices including system purchases',
    {
      'pt-BR': [
        'pedidos de contoso via woodgrove com preços incluindo compras do sistema',
        'pedidos de contoso através do woodgrove com preços incluindo compras do sistema',
        'pedidos de contoso pelo revendedor woodgrove com preços e compras do sistema',
      ],
      'zh-CN': ['contoso 的订单 通过 woodgrove 带价格 包含系统购买'],
      it: [
        'ordini di contoso tramite woodgrove con prezzi inclusi acquisti di sistema',
        'ordini di contoso tramite il rivenditore woodgrove con prezzi e acquisti di sistema',
      ],
    },
  ],
  [
    'orders for contoso with azure',
    {
      'pt-BR': ['pedidos de contoso com azure'],
      'zh-CN': ['contoso 的订单 带 azure', 'contoso 的订单 含 azure'],
      it: ['ordini di contoso con azure'],
    },
  ],
  [
    'orders for contoso refresh',
    {
      'pt-BR': ['pedidos de contoso atualizar', 'pedidos de contoso sem cache'],
      'zh-CN': ['contoso 的订单 刷新', 'contoso 的订单 不用缓存'],
      it: ['ordini di contoso aggiorna', 'ordini di contoso senza cache'],
    },
  ],
  [
    `order ${ID} for contoso`,
    {
      'pt-BR': [`pedido ${ID} de contoso`, `detalhes do pedido ${ID} de contoso`, `pedido ${ID} da contoso`],
      'zh-CN': [`contoso 的订单 ${ID}`, `contoso的订单${ID}`, `订单 ${ID} 为 contoso`],
      it: [`ordine ${ID} di contoso`, `dettagli dell'ordine ${ID} di contoso`, `ordine ${ID} per contoso`],
    },
  ],
  [
    `order ${ID}`,
    {
      'pt-BR': [`pedido ${ID}`, `o pedido ${ID}`],
      'zh-CN': [`订单 ${ID}`, `订单${ID}`, `订单详情 ${ID}`, `订单号 ${ID}`, `订单 ID ${ID}`],
      it: [`ordine ${ID}`, `l'ordine ${ID}`],
    },
  ],
  [
    `subscriptions for order ${GUID} for contoso`,
    {
      'pt-BR': [`assinaturas do pedido ${GUID} de contoso`, `assinaturas de contoso do pedido ${GUID}`],
      'zh-CN': [`contoso 的订单 ${GUID} 的订阅`, `contoso的订单${GUID}的订阅`],
      it: [`abbonamenti dell'ordine ${GUID} di contoso`, `abbonamenti dell’ordine ${GUID} di contoso`],
    },
  ],
  [
    'subscriptions for order eeba9d00',
    {
      'pt-BR': ['assinaturas do pedido eeba9d00'],
      'zh-CN': ['订单 eeba9d00 的订阅', '订单eeba9d00的订阅'],
      it: ["abbonamenti dell'ordine eeba9d00", 'abbonamenti di ordine eeba9d00'],
    },
  ],
  [
    'subscription db8c695b-1ae5',
    {
      'pt-BR': ['assinatura db8c695b-1ae5'],
      'zh-CN': ['订阅 db8c695b-1ae5'],
      it: ['abbonamento db8c695b-1ae5'],
    },
  ],
  [
    'pending orders',
    {
      'pt-BR': ['pedidos pendentes', 'todos os pedidos pendentes', 'pedidos pendentes de todos os clientes'],
      'zh-CN': ['待处理订单', '所有待处理订单', '所有客户的待处理订单'],
      it: ['ordini in sospeso', 'tutti gli ordini in sospeso', 'ordini in sospeso di tutti i clienti'],
    },
  ],
  [
    'orders today',
    {
      'pt-BR': ['pedidos de hoje', 'pedidos hoje'],
      'zh-CN': ['今天的订单', '今日订单'],
      it: ['ordini di oggi', 'ordini oggi'],
    },
  ],
  ['orders yesterday', { 'pt-BR': ['pedidos de ontem'], 'zh-CN': ['昨天的订单'], it: ['ordini di ieri'] }],
  [
    'orders this week',
    {
      'pt-BR': ['pedidos desta semana', 'pedidos esta semana', 'pedidos de esta semana'],
      'zh-CN': ['本周的订单', '这周的订单'],
      it: ['ordini di questa settimana', 'ordini questa settimana'],
    },
  ],
  [
    'orders since monday',
    {
      'pt-BR': ['pedidos desde segunda', 'pedidos desde segunda-feira', 'pedidos a partir de segunda'],
      'zh-CN': ['自周一以来的订单', '自星期一以来的订单', '从周一起的订单'],
      it: ['ordini da lunedì', 'ordini da lunedi', 'ordini a partire da lunedì'],
    },
  ],
  [
    'cancelled orders yesterday',
    {
      'pt-BR': ['pedidos cancelados ontem', 'pedidos cancelados de ontem'],
      'zh-CN': ['昨天已取消的订单', '昨天的已取消订单'],
      it: ['ordini annullati ieri', 'ordini annullati di ieri'],
    },
  ],
  [
    'orders in March 2018',
    {
      'pt-BR': ['pedidos de março de 2018', 'pedidos em março de 2018'],
      'zh-CN': ['2018年3月的订单', '在2018年3月的订单'],
      it: ['ordini di marzo 2018', 'ordini a marzo 2018', 'ordini del 2018-03'],
    },
  ],
  [
    'recent orders',
    { 'pt-BR': ['pedidos recentes'], 'zh-CN': ['最近的订单', '最新订单'], it: ['ordini recenti'] },
  ],
  [
    'who has E5',
    {
      'pt-BR': [
        'quem tem E5',
        'quem possui E5',
        'quais clientes têm E5',
        'quais clientes tem E5',
        'clientes com E5',
        'assinaturas de E5',
      ],
      'zh-CN': ['谁有 E5', '谁有E5', '哪些客户有 E5'],
      it: ['chi ha E5', 'quali clienti hanno E5', 'clienti con E5', 'abbonamenti di E5'],
    },
  ],
  [
    'who has Microsoft 365 E3',
    {
      'pt-BR': ['quem tem Microsoft 365 E3'],
      'zh-CN': ['谁有 Microsoft 365 E3'],
      it: ['chi ha Microsoft 365 E3'],
    },
  ],
  [
    `watch order ${ID} for contoso`,
    {
      'pt-BR': [`acompanhar pedido ${ID} de contoso`, `acompanhe o pedido ${ID} de contoso`],
      'zh-CN': [`关注 contoso 的订单 ${ID}`, `关注contoso的订单${ID}`],
      it: [`segui ordine ${ID} di contoso`, `segui l'ordine ${ID} di contoso`],
    },
  ],
  [
    `watch order ${ID}`,
    {
      'pt-BR': [`acompanhar pedido ${ID}`, `monitorar pedido ${ID}`],
      'zh-CN': [`关注订单 ${ID}`, `关注订单${ID}`],
      it: [`segui ordine ${ID}`, `monitora ordine ${ID}`],
    },
  ],
  [
    'watch pending orders for contoso',
    {
      'pt-BR': ['acompanhar pedidos pendentes de contoso'],
      'zh-CN': ['关注 contoso 的待处理订单', '关注contoso的待处理订单'],
      it: ['segui ordini in sospeso di contoso', 'segui gli ordini in sospeso di contoso'],
    },
  ],
  [
    'watches',
    {
      'pt-BR': ['acompanhamentos', 'meus acompanhamentos', 'pedidos acompanhados'],
      'zh-CN': ['关注列表', '我的关注'],
      it: ['ordini seguiti', 'monitoraggi'],
    },
  ],
  [
    `unwatch ${ID}`,
    {
      'pt-BR': [`parar de acompanhar ${ID}`, `deixar de acompanhar o pedido ${ID}`],
      'zh-CN': [`取消关注 ${ID}`, `取消关注订单${ID}`],
      it: [`smetti di seguire ${ID}`, `non seguire più l'ordine ${ID}`],
    },
  ],
  [
    'unwatch all',
    {
      'pt-BR': ['parar de acompanhar todos', 'parar de acompanhar tudo'],
      'zh-CN': ['取消关注 全部', '取消关注所有'],
      it: ['smetti di seguire tutti', 'smetti di seguire tutto'],
    },
  ],
  [
    'refresh',
    {
      'pt-BR': ['atualizar', 'atualizar clientes', 'atualizar a lista de clientes'],
      'zh-CN': ['刷新', '刷新客户', '刷新客户列表'],
      it: ['aggiorna', 'aggiorna clienti', "aggiorna l'elenco dei clienti"],
    },
  ],
  [
    'help',
    {
      'pt-BR': ['ajuda', 'Ajuda!', 'comandos'],
      'zh-CN': ['帮助', '帮助？', '？'],
      it: ['aiuto', 'guida', 'comandi'],
    },
  ],
  [
    'help orders',
    {
      'pt-BR': ['ajuda pedidos', 'pedidos ajuda'],
      'zh-CN': ['帮助 订单', '订单 帮助'],
      it: ['aiuto ordini'],
    },
  ],
  [
    `cancel order ${ID}`,
    {
      'pt-BR': [`cancelar pedido ${ID}`, `cancelar o pedido ${ID}`],
      'zh-CN': [`取消订单 ${ID}`],
      it: [`annulla ordine ${ID}`, `annulla l'ordine ${ID}`],
    },
  ],
];

describe.each(LANGUAGES)('commands in %s', (language) => {
  it.each(SAME.map(([english, phrases]) => [english, phrases[language]] as const))(
    'reads like "%s": %j',
    (english, phrases) => {
      const expected = parsed(english);
      expect(typeof expected).not.toBe('string');
      for (const phrase of phrases)
        for (const locale of ['en-US', language])
          expect({ phrase, locale, got: parsed(phrase, locale) }).toEqual({ phrase, locale, got: expected });
    },
  );
});

describe('where a word of another language stands', () => {
  it.each<[string, Command]>([
    // A connector between two words of a name is the name's.
    ['pedidos do Banco da Terra', { kind: 'orders', customer: 'Banco da Terra', filters: {} }],
    [
      'pedidos de Banco do Brasil mensais',
      { kind: 'orders', customer: 'Banco do Brasil', filters: { billingCycle: 'monthly' } },
    ],
    [
      'ordini di Cassa di Risparmio per oggi',
      {
        kind: 'orders',
        customer: 'Cassa di Risparmio',
        filters: { since: '2018-04-15', until: '2018-04-15' },
      },
    ],
    [
      'ordini della Banca di Roma annuali',
      { kind: 'orders', customer: 'Banca di Roma', filters: { billingCycle: 'annual' } },
    ],
    ['pedidos de Silva e Filhos', { kind: 'orders', customer: 'Silva e Filhos', filters: {} }],
    ["ordini di Dell'Orto", { kind: 'orders', customer: "Dell'Orto", filters: {} }],
    // In English the foreign words are names.
    ['orders for Banco da Terra', { kind: 'orders', customer: 'Banco da Terra', filters: {} }],
    ['orders for De Beers', { kind: 'orders', customer: 'De Beers', filters: {} }],
    ['orders for Casa per Tutti', { kind: 'orders', customer: 'Casa per Tutti', filters: {} }],
    // Quoting a name keeps every word of it, in any language.
    ['pedidos de "Hoje Express"', { kind: 'orders', customer: 'Hoje Express', filters: {} }],
    [
      'ordini di "Oggi Design" mensili',
      { kind: 'orders', customer: 'Oggi Design', filters: { billingCycle: 'monthly' } },
    ],
    ['“今天科技”的订单', { kind: 'orders', customer: '今天科技', filters: {} }],
    // A Chinese name keeps its characters together; a one-character word inside it stays the name's.
    ['北京的公司的订单', { kind: 'orders', customer: '北京的公司', filters: {} }],
    ['自然科技的月度订单', { kind: 'orders', customer: '自然科技', filters: { billingCycle: 'monthly' } }],
    // Full-width letters, digits and punctuation.
    [
      'ｃｏｎｔｏｓｏ的订单，月度',
      { kind: 'orders', customer: 'contoso', filters: { billingCycle: 'monthly' } },
    ],
  ])('%s', (text, command) => {
    expect(parsed(text)).toEqual(command);
  });

  it('reads a close spelling of an English filter in an English message as that filter misspelt', () => {
    // "anual" is Portuguese for annual, and one letter from it: in English it is offered as a correction.
    const english = parseCommand('orders for anual contoso', NOW);
    expect(english.ok ? undefined : english.problem.suggestion).toBe('orders for annual contoso');
    expect(parsed('pedidos de contoso anual')).toEqual({
      kind: 'orders',
      customer: 'contoso',
      filters: { billingCycle: 'annual' },
    });
  });
});

describe('"Did you mean …?" in the person\'s language', () => {
  it.each([
    ['pedidso de contoso', 'pt-BR', 'pedidos de contoso'],
    ['ordni di contoso', 'it', 'ordini di contoso'],
    ['pedidos de contoso mensias', 'pt-BR', 'pedidos de contoso mensais'],
    ['ordini di contoso mensil', 'it', 'ordini di contoso mensili'],
    ['ajdua', 'pt-BR', 'ajuda'],
    ['aiuot', 'it', 'aiuto'],
    // Written back by the parser: in the person's language.
    ['pedido de contoso', 'pt-BR', 'pedidos de contoso'],
    ['ordine di contoso', 'it', 'ordini di contoso'],
    ['order for contoso', 'zh-CN', 'contoso 的订单'],
    ['order for contoso', 'en-US', 'orders for contoso'],
    // A typo in English stays English.
    ['ordrs for contoso montly', 'pt-BR', 'orders for contoso monthly'],
    // Beside another command's words ("pedido"), a misspelt subscriptions word is still noticed.
    [`assinaturs do pedido ${ID} de contoso`, 'pt-BR', `assinaturas do pedido ${ID} de contoso`],
  ])('%s (%s) → %s', (text, locale, suggestion) => {
    const result = parseCommand(text, NOW, locale);
    expect(result.ok ? undefined : result.problem.suggestion).toBe(suggestion);
    expect(typeof parsed(suggestion)).toBe('object');
  });

  it("never takes a word of the command language for a misspelling of another language's", () => {
    // "recent" is one letter from Italian "recenti": in a text that is no command it is not offered.
    const result = parseCommand('recent gEDC nLmjZgMCM cache', NOW, 'it-IT');
    expect(result.ok ? undefined : result.problem.message.code).toBe('unknown');
    // Full-width letters are folded only in Chinese text (a Chinese keyboard's): elsewhere left as typed.
    expect(parsed('orders for ＡＢＣ')).toEqual({ kind: 'orders', customer: 'ＡＢＣ', filters: {} });
  });

  it('gives the same command whatever the locale', () => {
    for (const [english, phrases] of SAME)
      for (const text of [english, ...Object.values(phrases).flat()]) {
        const results = ['en-US', ...LANGUAGES].map((locale) => parseCommand(text, NOW, locale));
        for (const result of results) expect(result.ok).toBe(true);
        expect(new Set(results.map((r) => JSON.stringify(r.ok && r.command))).size).toBe(1);
      }
  });
});

describe('each command in each language', () => {
  const lines = COMMANDS.flatMap((command) =>
    LANGUAGES.flatMap((language) =>
      command.strings.en.help.map((entry, i) => ({
        kind: command.kind,
        language,
        english: entry.example,
        local: command.languages[language].help[i],
      })),
    ),
  );

  it.each(lines)(
    '$language: "$english" has a translation that reads the same',
    ({ language, english, local }) => {
      expect(local).toBeDefined();
      expect(local!.example).not.toBe(english);
      expect(parsed(local!.example)).toEqual(parsed(english));
      expect(parsed(local!.example, language)).toEqual(parsed(english));
    },
  );

  it.each(COMMANDS.map((c) => [c.kind, c] as const))(
    '%s: its words are written in every language',
    (_kind, command) => {
      for (const language of LANGUAGES) {
        const words = command.languages[language];
        expect(words.help).toHaveLength(command.strings.en.help.length);
        expect(words.name.trim()).not.toBe('');
        if (command.hidden) expect(words.typoTargets).toEqual([]);
        for (const phrase of Object.keys({ ...words.phrases, ...words.beforeId }))
          expect(phrase).toBe(phrase.toLowerCase().trim());
      }
    },
  );

  it("writes commands back in the person's language, reading back to the same command", () => {
    const day = fc.integer({
      min: Date.UTC(2015, 0, 1) / 86_400_000,
      max: Date.UTC(2030, 0, 1) / 86_400_000,
    });
    const iso = (n: number) => new Date(n * 86_400_000).toISOString().slice(0, 10);
    const name = fc.constantFrom(
      'contoso',
      'Northwind Traders',
      'Banco da Terra',
      'Cassa di Risparmio',
      '北京科技',
    );
    const command: fc.Arbitrary<Command> = fc.oneof(
      fc
        .record(
          {
            billingCycle: fc.constantFrom(
              'one_time' as const,
              'monthly' as const,
              'annual' as const,
              'triennial' as const,
            ),
            status: fc.constantFrom('pending', 'completed', 'cancelled'),
            since: day.map(iso),
            product: fc.constantFrom('azure', 'microsoft 365'),
            reseller: fc.constantFrom('woodgrove', 'Tailspin Toys'),
            includePrices: fc.constant(true),
            includeSystemPurchases: fc.constant(true),
          },
          { requiredKeys: [] },
        )
        .chain((filters) => name.map((customer): Command => ({ kind: 'orders', customer, filters }))),
      fc
        .tuple(fc.constantFrom('order' as const, 'subscriptions' as const), name, fc.boolean())
        .map(([kind, customer, alone]): Command =>
          alone ? { kind, orderId: GUID } : { kind, orderId: GUID, customer },
        ),
      day.map((d): Command => ({ kind: 'recent', since: iso(d) })),
      fc.constantFrom<Command>(
        { kind: 'pending' },
        { kind: 'who', offer: 'Azure plan' },
        { kind: 'watch', customer: 'contoso' },
        { kind: 'watch', orderId: ID, customer: 'contoso' },
        { kind: 'watches' },
        { kind: 'unwatch' },
        { kind: 'unwatch', orderId: ID },
        { kind: 'refresh' },
        { kind: 'help' },
        ...COMMANDS.filter((c) => !c.hidden).map((c): Command => ({ kind: 'help', topic: c.kind })),
      ),
    );
    fc.assert(
      fc.property(command, fc.constantFrom(...LANGUAGES), (c, language) => {
        const text = formatCommand(c, language);
        expect(text).not.toBe(formatCommand(c));
        expect(parseCommand(text, NOW)).toEqual({ ok: true, command: c });
      }),
      { numRuns: 300 },
    );
  });
});

describe("the help card in the person's language", () => {
  const action = (text: string) => ({ text });

  it.each(LANGUAGES)(
    '%s: its examples and "Try it" buttons are in that language and run the English ones',
    (language) => {
      const card = helpCard({ action }, { locale: language });
      const englishButtons = submitActions(helpCard({ action }, { locale: 'en-US' }));
      const buttons = submitActions(card);
      expect(buttons).toHaveLength(englishButtons.length);
      buttons.forEach((button, i) => {
        const text = (button.data as { text: string }).text;
        const english = (englishButtons[i]!.data as { text: string }).text;
        expect(text).not.toBe(english);
        expect(parsed(text)).toEqual(parsed(english));
      });
      const local = COMMANDS.flatMap((c) => c.languages[language].help.map((h) => h.command));
      expect(cardTexts(card)).toEqual(expect.arrayContaining(local));
    },
  );

  it("names a topic in the person's language", () => {
    expect(cardTexts(helpCard({ action, topic: 'orders' }, { locale: 'pt-BR' }))[0]).toBe('Ajuda: pedidos');
    const italian = helpCard({ action, topic: 'subscriptions' }, { locale: 'it-IT' });
    expect(submitActions(italian).map((b) => (b.data as { text: string }).text)).toEqual([
      `abbonamenti dell'ordine ${GUID} di contoso`,
    ]);
  });
});

describe('the word tables', () => {
  const lexicon = buildLexicon(COMMANDS);

  it('give a phrase one meaning per kind of word, in every language together', () => {
    expect(lexicon.conflicts).toEqual([]);
  });

  it('say how every language writes every filter', () => {
    for (const language of LANGUAGES) {
      const { spelling } = SHARED_WORDS[language];
      for (const text of [...Object.values(spelling.cycles), ...Object.values(spelling.statuses)])
        expect(text.trim()).not.toBe('');
    }
  });

  it('reserve the words read wherever they stand (quoting a name that holds one always works)', () => {
    for (const word of ['pedidos', 'mensais', 'ordini', 'annuali', '订单', 'hoje', 'oggi'])
      expect(reservedWords().has(word)).toBe(true);
    // Connectors, articles, day names are read only in a message in their language: never reserved.
    for (const word of ['de', 'da', 'di', 'per', 'com', 'con', 'e', 'os', 'il', 'segunda', 'marzo', 'desde'])
      expect(reservedWords().has(word)).toBe(false);
  });

  it('leave a message with no word of another language exactly as it was', () => {
    const english = [...new Set([...KEYWORDS, ...COMMANDS.flatMap((c) => c.grammar.verbs)])];
    const translate = createTranslator(lexicon, {
      isAnchor: (key) => english.includes(key),
      isReserved: (key) => english.includes(key),
    });
    const word = fc.oneof(
      fc.constantFrom(...english),
      fc.stringMatching(/^[A-Za-z]{1,9}$/).filter((w) => !reservedWords().has(w.toLowerCase())),
      fc.constantFrom(
        'da',
        'de',
        'di',
        'per',
        'com',
        'con',
        'e',
        'a',
        'no',
        'la',
        'desde',
        'segunda',
        'marzo',
        ID,
        '2018-03-10',
        '10',
        '"quoted name"',
        '"pedidos mensais"',
      ),
    );
    fc.assert(
      fc.property(fc.array(word, { maxLength: 12 }), (words) => {
        const tokens = tokenize(words.join(' '));
        const out = translate(tokens);
        expect(out.languages.size).toBe(0);
        expect(out.tokens).toEqual(tokens);
      }),
      { numRuns: 500 },
    );
  });
});

describe('any mix of the languages', () => {
  const lexicon = buildLexicon(COMMANDS);
  const phrase = fc.constantFrom(...[...lexicon.senses.keys()].map((p) => p.replace(/#/g, '7')));
  const other = fc.constantFrom(
    'contoso',
    'Banco da Terra',
    '北京科技',
    ID,
    GUID,
    '2018-03-10',
    '"Hoje Express"',
    '，',
    '？',
    'E5',
  );
  const soup = fc
    .tuple(
      fc.array(fc.oneof({ weight: 3, arbitrary: phrase }, { weight: 1, arbitrary: other }), {
        maxLength: 10,
      }),
      fc.constantFrom(' ', ''),
    )
    .map(([words, joiner]) => words.join(joiner));

  it('never throws, and every command or "Did you mean" it gives is well-formed', () => {
    fc.assert(
      fc.property(soup, fc.constantFrom('en-US', ...LANGUAGES), (text, locale) => {
        const result = parseCommand(text, NOW, locale);
        if (!result.ok) {
          expect(result.problem.hint.trim()).not.toBe('');
          if (result.problem.suggestion !== undefined)
            expect(parseCommand(result.problem.suggestion, NOW, locale).ok).toBe(true);
          return;
        }
        const { command } = result;
        if ('customer' in command && command.customer !== undefined) {
          expect(command.customer).toBe(command.customer.trim());
          expect(command.customer).not.toBe('');
        }
        // The locale never changes the command.
        expect(parseCommand(text, NOW)).toEqual(result);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('a day of last week', () => {
  it('is that day of the week before this one, not the latest such day', () => {
    // NOW is Sunday 2018-04-15: last week ran from Monday 04-02 to Sunday 04-08; the latest Monday was 04-09.
    const filtersOf = (text: string, locale?: string) => {
      const command = parsed(text, locale);
      return typeof command === 'string' ? command : 'filters' in command ? command.filters : undefined;
    };
    expect(filtersOf('contoso 的订单 上周一', 'zh-CN')).toEqual({ since: '2018-04-02', until: '2018-04-02' });
    expect(filtersOf('pedidos de contoso segunda da semana passada')).toEqual({
      since: '2018-04-02',
      until: '2018-04-02',
    });
    expect(filtersOf('orders for contoso last monday')).toEqual({ since: '2018-04-09', until: '2018-04-09' });
  });
});
