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
      windowsTitle: 'Alertas de prazos de cancelamento',
      listTitle: 'Resumos nesta conversa',
      added:
        'Esta conversa recebe o resumo de renovações {when}, de {scope}: os fins de vigência dos próximos 30 dias, as assinaturas que terminam (renovação automática desligada) e os prazos de cancelamento que se encerram.',
      firstPost: 'O primeiro chega {time}.',
      addedWindows:
        'Esta conversa é avisada quando abre um prazo de cancelamento em uma compra ou renovação, e 24 horas antes de um se encerrar, de {scope}.',
      afterFirstPass:
        'Os prazos que abrirem serão avisados quando o índice de pedidos tiver lido todos os clientes (agora {percent}); os que estão para se encerrar já são avisados.',
      weekly: 'toda segunda-feira às {time}',
      daily: 'todo dia às {time}',
      everyCustomer: 'todos os clientes',
      duplicate: 'Esta conversa já recebe este resumo.',
      duplicateWindows: 'Esta conversa já tem estes alertas de prazos.',
      cap: 'Esta conversa já tem o máximo de resumos permitido ({max}). Veja-os com: digests, e encerre um com: stop digest',
      inProcess: 'Os resumos ficam só neste processo do bot: uma reinicialização os esquece.',
      unavailable: 'Resumos não estão disponíveis aqui.',
      storeDown:
        'Os resumos não podem ser lidos nem alterados agora: o armazenamento compartilhado do bot não responde. Tente de novo em um minuto.',
      none: 'Esta conversa não tem resumos. Tente: digest renewals weekly',
      listRenewalsWeekly: 'Resumo semanal de renovações, toda segunda-feira às {time} · {scope}',
      listRenewalsDaily: 'Resumo diário de renovações, todo dia às {time} · {scope}',
      listWindows: 'Alertas de prazos de cancelamento · {scope}',
      stop: 'Encerrar',
      listButton: 'Resumos',
      stopped: 'Encerrado: {what}.',
      stoppedMany: '{n} resumos e alertas encerrados.',
      notFound: 'Esta conversa não tem esse resumo. Veja-os com: digests',
      whichOne: 'Esta conversa tem vários: qual deles? Cada um tem seu botão Encerrar abaixo.',
      postTitle: 'Renovações nos próximos 30 dias',
      postTitleFor: 'Renovações de {scope} nos próximos 30 dias',
      postPeriod: 'De {from} a {to}',
      termEnds: 'Fins de vigência de assinaturas anuais e plurianuais: {n}',
      ends: 'Assinaturas que terminam (renovação automática desligada): {n}',
      windowsClosing: 'Prazos de cancelamento que se encerram: {n}',
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
      noticeTitle: 'Prazos de cancelamento',
      noticeTitleFor: 'Prazos de cancelamento de {scope}',
      closingHeading: 'Encerram-se em 24 horas ({n}):',
      openedHeading: 'Abertos por uma compra ou renovação ({n}):',
      rowId: '{row} · id {id}',
      stopAlerts: 'Encerrar alertas de prazos',
    },
    problems: {
      howOften: 'Diário ou semanal? Tente: digest renewals weekly, ou digest renewals daily for contoso',
      whichCustomers: 'Quais clientes? Tente: digest renewals weekly for contoso, northwind',
      stopWhich: 'Qual resumo? Tente: stop digest weekly, stop digest windows, ou stop digests (todos)',
    },
    help: [
      {
        command: 'digest renewals <weekly | daily> [for <cliente>, <cliente>]',
        description:
          'Esta conversa recebe os fins de vigência dos próximos 30 dias, as assinaturas que terminam e os prazos de cancelamento que se encerram, às 08:00 UTC (semanal: às segundas-feiras).',
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
          'Um aviso aqui quando abre um prazo de cancelamento em uma compra ou renovação, e 24 horas antes de um se encerrar.',
        example: WINDOWS,
      },
      {
        command: 'digests',
        description: 'Os resumos e alertas de prazos desta conversa, com botões para encerrá-los.',
        example: LIST,
      },
      {
        command: 'stop digest [weekly | daily | windows], stop digests',
        description: 'Encerra um resumo ou os alertas de prazos aqui (stop digests: todos).',
        example: STOP,
      },
    ],
    menu: {
      title: 'digest renewals',
      description: 'As renovações dos próximos 30 dias nesta conversa: digest renewals weekly',
    },
  },
  'zh-CN': {
    card: {
      renewalsTitle: '续订摘要',
      windowsTitle: '取消期限提醒',
      listTitle: '本对话的摘要',
      added:
        '本对话将{when}收到{scope}的续订摘要：未来 30 天内到期的订阅期限、将会终止（已关闭自动续订）的订阅，以及即将截止的取消期限。',
      firstPost: '第一份将于 {time} 发送。',
      addedWindows: '当{scope}的购买或续订开放取消期限时，以及期限截止前 24 小时，本对话会收到通知。',
      afterFirstPass:
        '订单索引读完所有客户后（当前 {percent}），才会通知新开放的期限；即将截止的期限现在就会通知。',
      weekly: '每周一 {time}',
      daily: '每天 {time}',
      everyCustomer: '所有客户',
      duplicate: '本对话已在接收此摘要。',
      duplicateWindows: '本对话已有这些期限提醒。',
      cap: '本对话的摘要已达上限（{max} 个）。请用 digests 查看，再用 stop digest 停止一个。',
      inProcess: '摘要只保存在本机器人进程中：重启后会丢失。',
      unavailable: '此处无法使用摘要。',
      storeDown: '现在无法读取或更改摘要：机器人的共享存储没有响应。请一分钟后重试。',
      none: '本对话没有摘要。试试：digest renewals weekly',
      listRenewalsWeekly: '每周续订摘要，每周一 {time} · {scope}',
      listRenewalsDaily: '每日续订摘要，每天 {time} · {scope}',
      listWindows: '取消期限提醒 · {scope}',
      stop: '停止',
      listButton: '摘要',
      stopped: '已停止：{what}。',
      stoppedMany: '已停止 {n} 个摘要和提醒。',
      notFound: '本对话没有这个摘要。请用 digests 查看。',
      whichOne: '本对话有多个：要停止哪一个？每个下方都有停止按钮。',
      postTitle: '未来 30 天的续订',
      postTitleFor: '{scope}未来 30 天的续订',
      postPeriod: '{from} 至 {to}',
      termEnds: '年度和多年期订阅的期限到期：{n}',
      ends: '将会终止的订阅（已关闭自动续订）：{n}',
      windowsClosing: '即将截止的取消期限：{n}',
      atLeast: '至少 {n}',
      rollovers: '按原样续订的月度订阅：{n}（未列出）',
      noneInGroup: '无。',
      more: '另有 {n} 个。',
      rowTerm: '{customer} · {name} ×{qty} · {term}，{cycle} · 期限于 {date} 到期（{in}）',
      rowChange:
        '{customer} · {name} ×{qty} · {term}，{cycle} · 期限于 {date} 到期（{in}），续订时变更：{changes}',
      rowEnd: '{customer} · {name} ×{qty} · 于 {date} 终止（{in}）',
      rowWindow: '{customer} · {name} ×{qty} · 可在 {date} 前取消或减少（{in}）',
      changeQuantity: '数量 {n}',
      changeTerm: '期限 {term}',
      changeCycle: '计费 {cycle}',
      changeProduct: '产品 {product}',
      stopDigest: '停止此摘要',
      noticeTitle: '取消期限',
      noticeTitleFor: '{scope}的取消期限',
      closingHeading: '24 小时内截止（{n}）：',
      openedHeading: '因购买或续订而开放（{n}）：',
      rowId: '{row} · ID {id}',
      stopAlerts: '停止期限提醒',
    },
    problems: {
      howOften: '每天还是每周？试试：digest renewals weekly，或 digest renewals daily for contoso',
      whichCustomers: '哪些客户？试试：digest renewals weekly for contoso, northwind',
      stopWhich: '哪个摘要？试试：stop digest weekly、stop digest windows，或 stop digests（全部）',
    },
    help: [
      {
        command: 'digest renewals <weekly | daily> [for <客户>, <客户>]',
        description:
          '本对话将在 UTC 08:00（每周：周一）收到未来 30 天内的期限到期、将会终止的订阅和即将截止的取消期限。',
        example: WEEKLY,
      },
      {
        command: 'digest renewals daily for <客户>, <客户>',
        description: '每天发送同样的摘要，只含几个客户。',
        example: DAILY,
      },
      {
        command: 'watch cancellation windows [for <客户>]',
        description: '购买或续订开放取消期限时，以及期限截止前 24 小时，在此收到通知。',
        example: WINDOWS,
      },
      {
        command: 'digests',
        description: '本对话的摘要和期限提醒，附停止按钮。',
        example: LIST,
      },
      {
        command: 'stop digest [weekly | daily | windows], stop digests',
        description: '在此停止一个摘要或期限提醒（stop digests：全部停止）。',
        example: STOP,
      },
    ],
    menu: {
      title: 'digest renewals',
      description: '在本对话中接收未来 30 天的续订：digest renewals weekly',
    },
  },
  it: {
    card: {
      renewalsTitle: 'Riepilogo dei rinnovi',
      windowsTitle: 'Avvisi sui termini di annullamento',
      listTitle: 'Riepiloghi in questa conversazione',
      added:
        'Questa conversazione riceve il riepilogo dei rinnovi {when}, per {scope}: le scadenze dei prossimi 30 giorni, le sottoscrizioni che terminano (rinnovo automatico disattivato) e i termini di annullamento che si chiudono.',
      firstPost: 'Il primo arriva {time}.',
      addedWindows:
        'Questa conversazione è avvisata quando si apre un termine di annullamento su un acquisto o un rinnovo, e 24 ore prima che uno si chiuda, per {scope}.',
      afterFirstPass:
        "I termini che si aprono saranno segnalati quando l'indice degli ordini avrà letto tutti i clienti (ora {percent}); quelli in chiusura sono già segnalati.",
      weekly: 'ogni lunedì alle {time}',
      daily: 'ogni giorno alle {time}',
      everyCustomer: 'tutti i clienti',
      duplicate: 'Questa conversazione riceve già questo riepilogo.',
      duplicateWindows: 'Questa conversazione ha già questi avvisi sui termini.',
      cap: 'Questa conversazione ha già il numero massimo di riepiloghi consentito ({max}). Vedili con: digests, poi terminane uno con: stop digest',
      inProcess: 'I riepiloghi restano solo in questo processo del bot: un riavvio li dimentica.',
      unavailable: 'I riepiloghi non sono disponibili qui.',
      storeDown:
        "I riepiloghi non possono essere letti né modificati ora: l'archivio condiviso del bot non risponde. Riprova tra un minuto.",
      none: 'Questa conversazione non ha riepiloghi. Prova: digest renewals weekly',
      listRenewalsWeekly: 'Riepilogo settimanale dei rinnovi, ogni lunedì alle {time} · {scope}',
      listRenewalsDaily: 'Riepilogo giornaliero dei rinnovi, ogni giorno alle {time} · {scope}',
      listWindows: 'Avvisi sui termini di annullamento · {scope}',
      stop: 'Termina',
      listButton: 'Riepiloghi',
      stopped: 'Terminato: {what}.',
      stoppedMany: 'Terminati {n} riepiloghi e avvisi.',
      notFound: 'Questa conversazione non ha questo riepilogo. Vedili con: digests',
      whichOne: 'Questa conversazione ne ha diversi: quale? Ognuno ha il suo pulsante Termina qui sotto.',
      postTitle: 'Rinnovi dei prossimi 30 giorni',
      postTitleFor: 'Rinnovi di {scope} nei prossimi 30 giorni',
      postPeriod: 'Dal {from} al {to}',
      termEnds: 'Scadenze di sottoscrizioni annuali e pluriennali: {n}',
      ends: 'Sottoscrizioni che terminano (rinnovo automatico disattivato): {n}',
      windowsClosing: 'Termini di annullamento in chiusura: {n}',
      atLeast: 'almeno {n}',
      rollovers: 'Rinnovi mensili senza modifiche: {n} (non elencati)',
      noneInGroup: 'Nessuna.',
      more: 'E altre {n}.',
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
      noticeTitle: 'Termini di annullamento',
      noticeTitleFor: 'Termini di annullamento di {scope}',
      closingHeading: 'Si chiudono entro 24 ore ({n}):',
      openedHeading: 'Aperti da un acquisto o un rinnovo ({n}):',
      rowId: '{row} · id {id}',
      stopAlerts: 'Termina gli avvisi sui termini',
    },
    problems: {
      howOften:
        'Giornaliero o settimanale? Prova: digest renewals weekly, oppure digest renewals daily for contoso',
      whichCustomers: 'Quali clienti? Prova: digest renewals weekly for contoso, northwind',
      stopWhich:
        'Quale riepilogo? Prova: stop digest weekly, stop digest windows, oppure stop digests (tutti)',
    },
    help: [
      {
        command: 'digest renewals <weekly | daily> [for <cliente>, <cliente>]',
        description:
          'Questa conversazione riceve le scadenze dei prossimi 30 giorni, le sottoscrizioni che terminano e i termini di annullamento in chiusura, alle 08:00 UTC (settimanale: il lunedì).',
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
          'Un avviso qui quando si apre un termine di annullamento su un acquisto o un rinnovo, e 24 ore prima che uno si chiuda.',
        example: WINDOWS,
      },
      {
        command: 'digests',
        description: 'I riepiloghi e gli avvisi sui termini di questa conversazione, con i pulsanti Termina.',
        example: LIST,
      },
      {
        command: 'stop digest [weekly | daily | windows], stop digests',
        description: 'Termina qui un riepilogo o gli avvisi sui termini (stop digests: tutti).',
        example: STOP,
      },
    ],
    menu: {
      title: 'digest renewals',
      description: 'I rinnovi dei prossimi 30 giorni in questa conversazione: digest renewals weekly',
    },
  },
};
