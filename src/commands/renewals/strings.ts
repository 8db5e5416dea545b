import { plural } from '../../cards/strings/plural';
import type { CommandStrings, Locale } from '../definition';

const MENU_TITLE = 'renewals';

/** The words of its card (the radar's shared words are in shared/radar/texts.ts). */
const EN_CARD = {
  title: 'Renewals, all customers',
  titleFor: 'Renewals of {customer}',
  subtitle:
    'Term ends in the period, from the order index. The bot only reads: renewals and changes are made in Partner Center.',
  period: 'Period',
  /** "Jan 15 – Feb 14, 2026 · next 30 days". */
  periodWithin: '{range} · {next}',
  nextDays: plural({ one: 'next {n} day', other: 'next {n} days' }),
  subscriptionsCount: plural({ one: '{n} subscription', other: '{n} subscriptions' }),
  /** "31 subscriptions at 12 customers". */
  headline: '{subscriptions} at {customers}',
  /** "12 subscriptions · 1,340 licenses · 5 customers". */
  summary: '{subscriptions} · {licenses} · {customers}',
  summaryOne: '{subscriptions} · {licenses}',
  groups: {
    terms: 'Term ends: annual and multi-year commitments',
    ends: 'Will end: auto-renew is off',
    changes: 'Renew with scheduled changes',
    rollovers: 'Monthly rollovers',
  },
  notes: {
    terms: 'They renew as they are unless changed before the term ends.',
    ends: 'They expire when their term ends: renew them, or tell the customer.',
    changes: 'The next term differs from this one: the changes are under each.',
    rollovers: 'Monthly terms that renew as they are.',
  },
  showAll: 'Show all {n}',
  showRollovers: 'Show monthly rollovers ({n})',
  back: 'All renewals',
  none: 'No subscription in the index ends or renews in this period.',
  noneInGroup: 'None in this period.',
};
export type RenewalsCardStrings = typeof EN_CARD;

export interface RenewalsStrings extends CommandStrings {
  /** Its parse problems' messages (see parse/messages.ts ownProblem). */
  problems: {
    pastPeriod: string;
    lookAhead: string;
    onePeriod: string;
    pickOneGroup: string;
    tooFar: string;
  };
  card: RenewalsCardStrings;
  progress: string;
}

export const renewalsStrings: Readonly<Record<Locale, RenewalsStrings>> = {
  en: {
    problems: {
      pastPeriod: 'That period ended on {until}: renewals look ahead. Try: renewals next month',
      lookAhead: 'Renewals look ahead, not back. Try: renewals next month, or renewals in 30 days',
      onePeriod: 'Give one period, e.g. renewals for contoso next quarter',
      pickOneGroup: 'Pick one group: "{first}" or "{second}".',
      tooFar: '{until} is too far ahead: renewals look up to {max} days ahead.',
    },
    card: EN_CARD,
    progress: 'Looking for renewals in the order index…',
    help: [
      {
        command: 'renewals [for <customer>] [in 30 days | this month | next quarter | before <date>]',
        description:
          'Term ends in a period (the next 30 days if none), from the order index: annual and multi-year terms, subscriptions that will end, renewals with scheduled changes, and monthly rollovers counted apart.',
        example: 'renewals for contoso next quarter',
      },
    ],
    menu: {
      title: MENU_TITLE,
      description:
        'What renews or ends in the next 30 days, all customers, from the order index. Also: renewals for contoso',
    },
  },
  'pt-BR': {
    problems: {
      pastPeriod:
        'Esse período terminou em {until}: as renovações olham para a frente. Tente: “renovações no próximo mês”',
      lookAhead:
        'As renovações olham para a frente, não para trás. Tente: “renovações no próximo mês” ou “renovações nos próximos 30 dias”',
      onePeriod: 'Informe um único período, por ex. “renovações de contoso no próximo trimestre”',
      pickOneGroup: 'Escolha um grupo: "{first}" ou "{second}".',
      tooFar: '{until} está longe demais: as renovações vão até {max} dias à frente.',
    },
    card: {
      title: 'Renovações, todos os clientes',
      titleFor: 'Renovações de {customer}',
      subtitle:
        'Fins de prazo no período, do índice de pedidos. O bot só lê: renovações e alterações são feitas no Partner Center.',
      period: 'Período',
      periodWithin: '{range} · {next}',
      nextDays: plural({ one: 'próximo {n} dia', other: 'próximos {n} dias' }),
      subscriptionsCount: plural({
        zero: '{n} assinaturas',
        one: '{n} assinatura',
        other: '{n} assinaturas',
      }),
      headline: '{subscriptions} de {customers}',
      summary: '{subscriptions} · {licenses} · {customers}',
      summaryOne: '{subscriptions} · {licenses}',
      groups: {
        terms: 'Fim de prazo: compromissos anuais e plurianuais',
        ends: 'Vão terminar: renovação automática desativada',
        changes: 'Renovam com alterações agendadas',
        rollovers: 'Renovações mensais',
      },
      notes: {
        terms: 'Renovam como estão, a menos que sejam alteradas antes do fim do prazo.',
        ends: 'Expiram no fim do prazo: renove-as ou avise o cliente.',
        changes: 'O próximo prazo será diferente deste: as alterações estão em cada uma.',
        rollovers: 'Prazos mensais que renovam como estão.',
      },
      showAll: 'Mostrar todas ({n})',
      showRollovers: 'Mostrar renovações mensais ({n})',
      back: 'Todas as renovações',
      none: 'Nenhuma assinatura no índice termina ou renova neste período.',
      noneInGroup: 'Nenhuma neste período.',
    },
    progress: 'Procurando renovações no índice de pedidos…',
    help: [
      {
        command: 'renewals [for <cliente>] [in 30 days | this month | next quarter | before <data>]',
        description:
          'Fins de prazo num período (os próximos 30 dias, se nenhum), do índice de pedidos: prazos anuais e plurianuais, assinaturas que vão terminar, renovações com alterações agendadas e, à parte, as renovações mensais.',
        example: 'renewals for contoso next quarter',
      },
    ],
    menu: {
      title: 'renovações',
      description:
        'O que renova ou termina nos próximos 30 dias, todos os clientes, do índice. Também: “renovações de contoso”',
    },
  },
  'zh-CN': {
    problems: {
      pastPeriod: '该期间已于 {until} 结束：续订只向前看。请试试“续订 下个月”',
      lookAhead: '续订只向前看，不向后看。请试试“续订 下个月”或“续订 30天内”',
      onePeriod: '请只给出一个期间，例如“contoso 的续订 下季度”',
      pickOneGroup: '请选择一个分组：“{first}”或“{second}”。',
      tooFar: '{until} 太远了：续订最多查看未来 {max} 天。',
    },
    card: {
      title: '所有客户的续订',
      titleFor: '{customer} 的续订',
      subtitle: '该期间内结束的期限，来自订单索引。机器人只读取数据：续订和更改请在合作伙伴中心进行。',
      period: '期间',
      periodWithin: '{range} · {next}',
      nextDays: plural({ one: '未来 {n} 天', other: '未来 {n} 天' }),
      subscriptionsCount: plural({ one: '{n} 个订阅', other: '{n} 个订阅' }),
      headline: '{customers}共 {subscriptions}',
      summary: '{subscriptions} · {licenses} · {customers}',
      summaryOne: '{subscriptions} · {licenses}',
      groups: {
        terms: '期限结束：年度和多年期承诺',
        ends: '将终止：自动续订已关闭',
        changes: '续订时有计划的更改',
        rollovers: '按月滚动续订',
      },
      notes: {
        terms: '若在期限结束前不做更改，将按原样续订。',
        ends: '期限结束时将到期：请续订或告知客户。',
        changes: '下一期限与本期限不同：更改列在每项下方。',
        rollovers: '按原样续订的月度期限。',
      },
      showAll: '全部显示（{n}）',
      showRollovers: '显示按月滚动续订（{n}）',
      back: '所有续订',
      none: '索引中没有在此期间结束或续订的订阅。',
      noneInGroup: '此期间内没有。',
    },
    progress: '正在订单索引中查找续订…',
    help: [
      {
        command: 'renewals [for <客户>] [in 30 days | this month | next quarter | before <日期>]',
        description:
          '某一期间内（未指定则为未来 30 天）结束的期限，来自订单索引：年度和多年期期限、将终止的订阅、有计划更改的续订，以及单独统计的按月滚动续订。',
        example: 'renewals for contoso next quarter',
      },
    ],
    menu: {
      title: '续订',
      description: '所有客户在未来 30 天内续订或终止的订阅，来自订单索引。也可以：“contoso 的续订”',
    },
  },
  it: {
    problems: {
      pastPeriod:
        'Quel periodo è finito il {until}: i rinnovi guardano avanti. Prova: “rinnovi prossimo mese”',
      lookAhead:
        'I rinnovi guardano avanti, non indietro. Prova: “rinnovi prossimo mese” o “rinnovi entro 30 giorni”',
      onePeriod: 'Indica un solo periodo, ad es. “rinnovi di contoso prossimo trimestre”',
      pickOneGroup: 'Scegli un gruppo: "{first}" o "{second}".',
      tooFar: '{until} è troppo lontano: i rinnovi guardano avanti fino a {max} giorni.',
    },
    card: {
      title: 'Rinnovi, tutti i clienti',
      titleFor: 'Rinnovi di {customer}',
      subtitle:
        "Periodi che finiscono nell'intervallo, dall'indice degli ordini. Il bot legge soltanto: rinnovi e modifiche si fanno nel Centro per i partner.",
      period: 'Periodo',
      periodWithin: '{range} · {next}',
      nextDays: plural({ one: 'prossimo {n} giorno', other: 'prossimi {n} giorni' }),
      subscriptionsCount: plural({ one: '{n} abbonamento', other: '{n} abbonamenti' }),
      headline: '{subscriptions} di {customers}',
      summary: '{subscriptions} · {licenses} · {customers}',
      summaryOne: '{subscriptions} · {licenses}',
      groups: {
        terms: 'Fine periodo: impegni annuali e pluriennali',
        ends: 'Termineranno: rinnovo automatico disattivato',
        changes: 'Si rinnovano con modifiche pianificate',
        rollovers: 'Rinnovi mensili',
      },
      notes: {
        terms: 'Si rinnovano così come sono, salvo modifiche prima della fine del periodo.',
        ends: 'Scadono alla fine del periodo: rinnovali o avvisa il cliente.',
        changes: 'Il prossimo periodo è diverso da questo: le modifiche sono sotto ciascuno.',
        rollovers: 'Periodi mensili che si rinnovano così come sono.',
      },
      showAll: 'Mostra tutti ({n})',
      showRollovers: 'Mostra i rinnovi mensili ({n})',
      back: 'Tutti i rinnovi',
      none: "Nessun abbonamento nell'indice finisce o si rinnova in questo periodo.",
      noneInGroup: 'Nessuno in questo periodo.',
    },
    progress: "Cerco i rinnovi nell'indice degli ordini…",
    help: [
      {
        command: 'renewals [for <cliente>] [in 30 days | this month | next quarter | before <data>]',
        description:
          "Periodi che finiscono in un intervallo (i prossimi 30 giorni se non indicato), dall'indice degli ordini: periodi annuali e pluriennali, abbonamenti che termineranno, rinnovi con modifiche pianificate e, a parte, i rinnovi mensili.",
        example: 'renewals for contoso next quarter',
      },
    ],
    menu: {
      title: 'rinnovi',
      description:
        "Cosa si rinnova o termina nei prossimi 30 giorni, tutti i clienti, dall'indice. Anche: “rinnovi di contoso”",
    },
  },
};
