import type { CommandStrings, Locale } from '../definition';

const WEEKLY = 'digest renewals weekly';
const DAILY = 'digest renewals daily for contoso, northwind';
const WINDOWS = 'watch cancellation windows for contoso';
const LIST = 'digests';
const STOP = 'stop digest weekly';

/** The sentences of its cards: the command's answers, the list, the digest's post and the window notice. */
const EN_CARD = {
  // Answers
  renewalsTitle: 'Renewals digest',
  windowsTitle: 'Cancellation window alerts',
  listTitle: 'Digests in this thread',
  added:
    "This thread gets the renewals digest {when}, for {scope}: the coming 30 days' term ends, subscriptions that end (auto-renew off) and cancellation windows that close.",
  firstPost: 'The first comes {time}.',
  addedWindows:
    'This thread hears when a cancellation window opens on a purchase or a renewal, and 24 hours before one closes, for {scope}.',
  afterFirstPass:
    'Windows that open are announced once the order index has read every customer (now {percent}); windows about to close are announced already.',
  weekly: 'every Monday at {time}',
  daily: 'every day at {time}',
  everyCustomer: 'every customer',
  duplicate: 'This thread already gets this digest.',
  duplicateWindows: 'This thread already has these window alerts.',
  cap: 'This thread holds the most digests allowed ({max}). See them with: digests, then end one with: stop digest',
  inProcess: 'Digests live in this bot process only: a restart forgets them.',
  unavailable: 'Digests are not available here.',
  storeDown:
    "Digests cannot be read or changed right now: the bot's shared store does not answer. Try again in a minute.",
  none: 'This thread has no digests. Try: digest renewals weekly',
  listRenewalsWeekly: 'Weekly renewals digest, every Monday at {time} · {scope}',
  listRenewalsDaily: 'Daily renewals digest, every day at {time} · {scope}',
  listWindows: 'Cancellation window alerts · {scope}',
  stop: 'Stop',
  listButton: 'Digests',
  stopped: 'Stopped: {what}.',
  stoppedMany: 'Stopped {n} digests and alerts.',
  notFound: 'This thread has no such digest. See them with: digests',
  whichOne: 'This thread has several: which one? Each has its Stop button below.',
  // The digest's post
  postTitle: 'Renewals in the next 30 days',
  postTitleFor: 'Renewals of {scope} in the next 30 days',
  postPeriod: '{from} to {to}',
  termEnds: 'Term ends of annual and multi-year subscriptions: {n}',
  ends: 'Subscriptions that end (auto-renew off): {n}',
  windowsClosing: 'Cancellation windows closing: {n}',
  atLeast: 'at least {n}',
  rollovers: 'Monthly rollovers renewing as they are: {n} (not listed)',
  noneInGroup: 'None.',
  more: 'And {n} more.',
  rowTerm: '{customer} · {name} ×{qty} · {term}, {cycle} · term ends {date} ({in})',
  rowChange:
    '{customer} · {name} ×{qty} · {term}, {cycle} · term ends {date} ({in}); renews with changes: {changes}',
  rowEnd: '{customer} · {name} ×{qty} · ends {date} ({in})',
  rowWindow: '{customer} · {name} ×{qty} · can be cancelled or reduced until {date} ({in})',
  changeQuantity: 'quantity {n}',
  changeTerm: 'term {term}',
  changeCycle: 'billed {cycle}',
  changeProduct: 'product {product}',
  stopDigest: 'Stop this digest',
  // The window notice
  noticeTitle: 'Cancellation windows',
  noticeTitleFor: 'Cancellation windows of {scope}',
  closingHeading: 'Closing within 24 hours ({n}):',
  openedHeading: 'Opened by a purchase or a renewal ({n}):',
  rowId: '{row} · id {id}',
  stopAlerts: 'Stop window alerts',
};
export type DigestCardStrings = typeof EN_CARD;

export interface DigestStrings extends CommandStrings {
  card: DigestCardStrings;
  /** Its parse problems' messages (see parse/messages.ts ownProblem). */
  problems: {
    howOften: string;
    whichCustomers: string;
    stopWhich: string;
  };
}

export const digestStrings: Readonly<Record<Locale, DigestStrings>> = {
  en: {
    card: EN_CARD,
    problems: {
      howOften: 'Daily or weekly? Try: digest renewals weekly, or digest renewals daily for contoso',
      whichCustomers: 'Which customers? Try: digest renewals weekly for contoso, northwind',
      stopWhich: 'Which digest? Try: stop digest weekly, stop digest windows, or stop digests (all)',
    },
    help: [
      {
        command: 'digest renewals <weekly | daily> [for <customer>, <customer>]',
        description:
          "This thread gets the coming 30 days' term ends, subscriptions that end and closing cancellation windows, at 08:00 UTC (weekly: on Mondays).",
        example: WEEKLY,
      },
      {
        command: 'digest renewals daily for <customer>, <customer>',
        description: 'The same every day, for a few customers only.',
        example: DAILY,
      },
      {
        command: 'watch cancellation windows [for <customer>]',
        description:
          'A notice here when a cancellation window opens on a purchase or a renewal, and 24 hours before one closes.',
        example: WINDOWS,
      },
      {
        command: 'digests',
        description: "This thread's digests and window alerts, with Stop buttons.",
        example: LIST,
      },
      {
        command: 'stop digest [weekly | daily | windows], stop digests',
        description: 'Ends a digest or the window alerts here (stop digests: all of them).',
        example: STOP,
      },
    ],
    menu: {
      title: 'digest renewals',
      description: "The coming 30 days' renewals in this thread: digest renewals weekly",
    },
  },
  'pt-BR': {
    card: {
      renewalsTitle: 'Resumo de renovações',
      windowsTitle: 'Alertas de janelas de cancelamento',
      listTitle: 'Resumos nesta conversa',
      added:
        'Esta conversa recebe o resumo de renovações {when}, de {scope}: os fins de vigência dos próximos 30 dias, as assinaturas que terminam (renovação automática desligada) e as janelas de cancelamento que se encerram.',
      firstPost: 'O primeiro chega {time}.',
      addedWindows:
        'Esta conversa é avisada quando abre uma janela de cancelamento em uma compra ou renovação, e 24 horas antes de uma se encerrar, de {scope}.',
      afterFirstPass:
        'As janelas que abrirem serão avisadas quando o índice de pedidos tiver lido todos os clientes (agora {percent}); as que estão para se encerrar já são avisadas.',
      weekly: 'toda segunda-feira às {time}',
      daily: 'todo dia às {time}',
      everyCustomer: 'todos os clientes',
      duplicate: 'Esta conversa já recebe este resumo.',
      duplicateWindows: 'Esta conversa já tem estes alertas de janelas de cancelamento.',
      cap: 'Esta conversa já tem o máximo de resumos permitido ({max}). Para liberar espaço, encerre um na lista de resumos (“resumos”).',
      inProcess: 'Os resumos ficam só neste processo do bot: uma reinicialização os esquece.',
      unavailable: 'Resumos não estão disponíveis aqui.',
      storeDown:
        'Os resumos não podem ser lidos nem alterados agora: o armazenamento compartilhado do bot não responde. Tente de novo em um minuto.',
      none: 'Esta conversa não tem resumos. Tente: “resumo de renovações semanal”',
      listRenewalsWeekly: 'Resumo semanal de renovações, toda segunda-feira às {time} · {scope}',
      listRenewalsDaily: 'Resumo diário de renovações, todo dia às {time} · {scope}',
      listWindows: 'Alertas de janelas de cancelamento · {scope}',
      stop: 'Encerrar',
      listButton: 'Resumos',
      stopped: 'Encerrado: {what}.',
      stoppedMany: '{n} resumos e alertas encerrados.',
      notFound: 'Esta conversa não tem esse resumo. Veja-os com “resumos”.',
      whichOne: 'Esta conversa tem vários: qual deles? Cada um tem seu botão Encerrar abaixo.',
      postTitle: 'Renovações nos próximos 30 dias',
      postTitleFor: 'Renovações de {scope} nos próximos 30 dias',
      postPeriod: 'De {from} a {to}',
      termEnds: 'Fins de vigência de assinaturas anuais e plurianuais: {n}',
      ends: 'Assinaturas que terminam (renovação automática desligada): {n}',
      windowsClosing: 'Janelas de cancelamento que se encerram: {n}',
      atLeast: 'pelo menos {n}',
      rollovers: 'Renovações mensais sem alteração: {n} (não listadas)',
      noneInGroup: 'Nenhuma.',
      more: 'E mais {n}.',
      rowTerm: '{customer} · {name} ×{qty} · {term}, {cycle} · a vigência termina em {date} ({in})',
      rowChange:
        '{customer} · {name} ×{qty} · {term}, {cycle} · a vigência termina em {date} ({in}); renova com mudanças: {changes}',
      rowEnd: '{customer} · {name} ×{qty} · termina em {date} ({in})',
      rowWindow: '{customer} · {name} ×{qty} · pode ser cancelada ou reduzida até {date} ({in})',
      changeQuantity: 'quantidade {n}',
      changeTerm: 'vigência {term}',
      changeCycle: 'cobrança {cycle}',
      changeProduct: 'produto {product}',
      stopDigest: 'Encerrar este resumo',
      noticeTitle: 'Janelas de cancelamento',
      noticeTitleFor: 'Janelas de cancelamento de {scope}',
      closingHeading: 'Encerram-se em 24 horas ({n}):',
      openedHeading: 'Abertas por uma compra ou renovação ({n}):',
      rowId: '{row} · ID {id}',
      stopAlerts: 'Encerrar alertas de janelas de cancelamento',
    },
    problems: {
      howOften:
        'Diário ou semanal? Tente: “resumo de renovações semanal” ou “resumo de renovações diário de contoso”',
      whichCustomers: 'Quais clientes? Tente: “resumo de renovações semanal de contoso, northwind”',
      stopWhich:
        'Qual resumo? Tente: “parar resumo semanal”, “parar de acompanhar janelas de cancelamento” ou “parar resumos” (todos)',
    },
    help: [
      {
        command: 'digest renewals <weekly | daily> [for <cliente>, <cliente>]',
        description:
          'Esta conversa recebe os fins de vigência dos próximos 30 dias, as assinaturas que terminam e as janelas de cancelamento que se encerram, às 08:00 UTC (semanal: às segundas-feiras).',
        example: WEEKLY,
      },
      {
        command: 'digest renewals daily for <cliente>, <cliente>',
        description: 'O mesmo todo dia, só de alguns clientes.',
        example: DAILY,
      },
      {
        command: 'watch cancellation windows [for <cliente>]',
        description:
          'Um aviso aqui quando abre uma janela de cancelamento em uma compra ou renovação, e 24 horas antes de uma se encerrar.',
        example: WINDOWS,
      },
      {
        command: 'digests',
        description:
          'Os resumos e alertas de janelas de cancelamento desta conversa, com botões para encerrá-los.',
        example: LIST,
      },
      {
        command: 'stop digest [weekly | daily | windows], stop digests',
        description:
          'Encerra um resumo ou os alertas de janelas de cancelamento aqui (“parar resumos”: todos).',
        example: STOP,
      },
    ],
    menu: {
      title: 'resumo de renovações',
      description: 'As renovações dos próximos 30 dias nesta conversa: “resumo de renovações semanal”',
    },
  },
  'zh-CN': {
    card: {
      renewalsTitle: '续订摘要',
      windowsTitle: '取消期提醒',
      listTitle: '本对话的摘要',
      added:
        '本对话将{when}收到{scope}的续订摘要：未来 30 天内到期的订阅期限、将会终止（已关闭自动续订）的订阅，以及即将截止的取消期。',
      firstPost: '第一份将于 {time} 发送。',
      addedWindows: '当{scope}的购买或续订开放取消期时，以及取消期截止前 24 小时，本对话会收到通知。',
      afterFirstPass:
        '订单索引读完所有客户后（当前 {percent}），才会通知新开放的取消期；即将截止的取消期现在就会通知。',
      weekly: '每周一{time}',
      daily: '每天{time}',
      everyCustomer: '所有客户',
      duplicate: '本对话已在接收此摘要。',
      duplicateWindows: '本对话已有这些取消期提醒。',
      cap: '本对话的摘要已达上限（{max} 个）。要腾出名额，请在摘要列表（“摘要列表”）中停止一个。',
      inProcess: '摘要只保存在本机器人进程中：重启后会丢失。',
      unavailable: '此处无法使用摘要。',
      storeDown: '现在无法读取或更改摘要：机器人的共享存储没有响应。请一分钟后重试。',
      none: '本对话没有摘要。试试“每周续订摘要”。',
      listRenewalsWeekly: '每周续订摘要，每周一{time} · {scope}',
      listRenewalsDaily: '每日续订摘要，每天{time} · {scope}',
      listWindows: '取消期提醒 · {scope}',
      stop: '停止',
      listButton: '摘要',
      stopped: '已停止：{what}。',
      stoppedMany: '已停止 {n} 个摘要和提醒。',
      notFound: '本对话没有这个摘要。请输入“摘要列表”查看。',
      whichOne: '本对话有多个：要停止哪一个？每个下方都有停止按钮。',
      postTitle: '未来 30 天的续订',
      postTitleFor: '{scope}未来 30 天的续订',
      postPeriod: '{from}至 {to}',
      termEnds: '年度和多年期订阅的期限到期：{n}',
      ends: '将会终止的订阅（已关闭自动续订）：{n}',
      windowsClosing: '即将截止的取消期：{n}',
      atLeast: '至少 {n}',
      rollovers: '按原样续订的月度订阅：{n}（未列出）',
      noneInGroup: '无。',
      more: '另有 {n} 个。',
      rowTerm: '{customer} · {name} ×{qty} · {term}，{cycle} · 期限于 {date}到期（{in}）',
      rowChange:
        '{customer} · {name} ×{qty} · {term}，{cycle} · 期限于 {date}到期（{in}），续订时变更：{changes}',
      rowEnd: '{customer} · {name} ×{qty} · 于 {date}终止（{in}）',
      rowWindow: '{customer} · {name} ×{qty} · 可在 {date}前取消或减少（{in}）',
      changeQuantity: '数量 {n}',
      changeTerm: '期限 {term}',
      changeCycle: '计费周期：{cycle}',
      changeProduct: '产品 {product}',
      stopDigest: '停止此摘要',
      noticeTitle: '取消期',
      noticeTitleFor: '{scope}的取消期',
      closingHeading: '24 小时内截止（{n}）：',
      openedHeading: '因购买或续订而开放（{n}）：',
      rowId: '{row} · ID {id}',
      stopAlerts: '停止取消期提醒',
    },
    problems: {
      howOften: '每天还是每周？试试“每周续订摘要”或“每日续订摘要 为 contoso”。',
      whichCustomers: '哪些客户？试试“每周续订摘要 为 contoso, northwind”。',
      stopWhich: '哪个摘要？试试“停止每周摘要”“取消关注取消期”或“停止所有摘要”。',
    },
    help: [
      {
        command: 'digest renewals <weekly | daily> [for <客户>, <客户>]',
        description:
          '本对话将在 UTC 08:00（每周：周一）收到未来 30 天内的期限到期、将会终止的订阅和即将截止的取消期。',
        example: WEEKLY,
      },
      {
        command: 'digest renewals daily for <客户>, <客户>',
        description: '每天发送同样的摘要，只含几个客户。',
        example: DAILY,
      },
      {
        command: 'watch cancellation windows [for <客户>]',
        description: '购买或续订开放取消期时，以及取消期截止前 24 小时，在此收到通知。',
        example: WINDOWS,
      },
      {
        command: 'digests',
        description: '本对话的摘要和取消期提醒，附停止按钮。',
        example: LIST,
      },
      {
        command: 'stop digest [weekly | daily | windows], stop digests',
        description: '在此停止一个摘要或取消期提醒（“停止所有摘要”：全部停止）。',
        example: STOP,
      },
    ],
    menu: {
      title: '续订摘要',
      description: '在本对话中接收未来 30 天的续订：“每周续订摘要”',
    },
  },
  it: {
    card: {
      renewalsTitle: 'Riepilogo dei rinnovi',
      windowsTitle: 'Avvisi sulle finestre di annullamento',
      listTitle: 'Riepiloghi in questa conversazione',
      added:
        'Questa conversazione riceve il riepilogo dei rinnovi {when}, per {scope}: le scadenze dei prossimi 30 giorni, gli abbonamenti che terminano (rinnovo automatico disattivato) e le finestre di annullamento che si chiudono.',
      firstPost: 'Il primo arriva {time}.',
      addedWindows:
        'Questa conversazione riceve un avviso quando si apre una finestra di annullamento su un acquisto o un rinnovo, e 24 ore prima che una si chiuda, per {scope}.',
      afterFirstPass:
        "Le finestre che si aprono saranno segnalate quando l'indice degli ordini avrà letto tutti i clienti (ora {percent}); quelle in chiusura sono già segnalate.",
      weekly: 'ogni lunedì alle {time}',
      daily: 'ogni giorno alle {time}',
      everyCustomer: 'tutti i clienti',
      duplicate: 'Questa conversazione riceve già questo riepilogo.',
      duplicateWindows: 'Questa conversazione ha già questi avvisi sulle finestre di annullamento.',
      cap: "Questa conversazione ha già il numero massimo di riepiloghi consentito ({max}). Per fare spazio, terminane uno dall'elenco dei riepiloghi (“riepiloghi”).",
      inProcess: 'I riepiloghi restano solo in questo processo del bot: un riavvio li dimentica.',
      unavailable: 'I riepiloghi non sono disponibili qui.',
      storeDown:
        "I riepiloghi non possono essere letti né modificati ora: l'archivio condiviso del bot non risponde. Riprova tra un minuto.",
      none: 'Questa conversazione non ha riepiloghi. Prova “riepilogo rinnovi settimanale”',
      listRenewalsWeekly: 'Riepilogo settimanale dei rinnovi, ogni lunedì alle {time} · {scope}',
      listRenewalsDaily: 'Riepilogo giornaliero dei rinnovi, ogni giorno alle {time} · {scope}',
      listWindows: 'Avvisi sulle finestre di annullamento · {scope}',
      stop: 'Termina',
      listButton: 'Riepiloghi',
      stopped: 'Terminato: {what}.',
      stoppedMany: 'Terminati {n} riepiloghi e avvisi.',
      notFound: 'Questa conversazione non ha questo riepilogo. Vedili con “riepiloghi”.',
      whichOne: 'Questa conversazione ne ha diversi: quale? Ognuno ha il suo pulsante Termina qui sotto.',
      postTitle: 'Rinnovi dei prossimi 30 giorni',
      postTitleFor: 'Rinnovi di {scope} nei prossimi 30 giorni',
      postPeriod: 'Dal {from} al {to}',
      termEnds: 'Scadenze di abbonamenti annuali e pluriennali: {n}',
      ends: 'Abbonamenti che terminano (rinnovo automatico disattivato): {n}',
      windowsClosing: 'Finestre di annullamento in chiusura: {n}',
      atLeast: 'almeno {n}',
      rollovers: 'Rinnovi mensili senza modifiche: {n} (non elencati)',
      noneInGroup: 'Nessuno.',
      more: 'E altri {n}.',
      rowTerm: '{customer} · {name} ×{qty} · {term}, {cycle} · scade il {date} ({in})',
      rowChange:
        '{customer} · {name} ×{qty} · {term}, {cycle} · scade il {date} ({in}); si rinnova con modifiche: {changes}',
      rowEnd: '{customer} · {name} ×{qty} · termina il {date} ({in})',
      rowWindow: '{customer} · {name} ×{qty} · annullabile o riducibile fino al {date} ({in})',
      changeQuantity: 'quantità {n}',
      changeTerm: 'durata {term}',
      changeCycle: 'fatturazione {cycle}',
      changeProduct: 'prodotto {product}',
      stopDigest: 'Termina questo riepilogo',
      noticeTitle: 'Finestre di annullamento',
      noticeTitleFor: 'Finestre di annullamento di {scope}',
      closingHeading: 'Si chiudono entro 24 ore ({n}):',
      openedHeading: 'Aperte da un acquisto o un rinnovo ({n}):',
      rowId: '{row} · ID {id}',
      stopAlerts: 'Termina gli avvisi sulle finestre di annullamento',
    },
    problems: {
      howOften:
        'Giornaliero o settimanale? Prova “riepilogo rinnovi settimanale” oppure “riepilogo rinnovi giornaliero di contoso”',
      whichCustomers: 'Quali clienti? Prova “riepilogo rinnovi settimanale di contoso, northwind”',
      stopWhich:
        'Quale riepilogo? Prova “ferma riepilogo settimanale”, “smetti di seguire finestre di annullamento” oppure “ferma riepiloghi” (tutti)',
    },
    help: [
      {
        command: 'digest renewals <weekly | daily> [for <cliente>, <cliente>]',
        description:
          'Questa conversazione riceve le scadenze dei prossimi 30 giorni, gli abbonamenti che terminano e le finestre di annullamento in chiusura, alle 08:00 UTC (settimanale: il lunedì).',
        example: WEEKLY,
      },
      {
        command: 'digest renewals daily for <cliente>, <cliente>',
        description: 'Lo stesso ogni giorno, solo per alcuni clienti.',
        example: DAILY,
      },
      {
        command: 'watch cancellation windows [for <cliente>]',
        description:
          'Un avviso qui quando si apre una finestra di annullamento su un acquisto o un rinnovo, e 24 ore prima che una si chiuda.',
        example: WINDOWS,
      },
      {
        command: 'digests',
        description:
          'I riepiloghi e gli avvisi sulle finestre di annullamento di questa conversazione, con i pulsanti Termina.',
        example: LIST,
      },
      {
        command: 'stop digest [weekly | daily | windows], stop digests',
        description:
          'Termina qui un riepilogo o gli avvisi sulle finestre di annullamento (“ferma riepiloghi”: tutti).',
        example: STOP,
      },
    ],
    menu: {
      title: 'riepilogo rinnovi',
      description:
        'I rinnovi dei prossimi 30 giorni in questa conversazione: “riepilogo rinnovi settimanale”',
    },
  },
};
