import type { Strings } from './en';
import { GLOSSARY, label } from './glossary';

const g = GLOSSARY.it;

export const it: Strings = {
  lang: 'it',

  details: 'Dettagli',
  subscriptions: 'Abbonamenti',
  orderDetails: "Dettagli dell'ordine",
  orders: 'Ordini',
  orderId: 'ID ordine',
  created: 'Creato',
  status: 'Stato',
  billingCycle: 'Ciclo di fatturazione',
  total: 'Totale',
  transactionType: 'Tipo di transazione',
  offerId: 'ID offerta',
  quantity: 'Quantità',
  subscriptionId: 'ID abbonamento',
  autoRenew: 'Rinnovo automatico',
  commitmentEnd: 'Fine impegno',
  reseller: 'Rivenditore',
  product: 'Prodotto',
  yes: 'Sì',
  no: 'No',
  refreshFailedNotice: 'Impossibile aggiornare la scheda in questo momento: mostra ciò che era noto {ago}.',
  staleNotice:
    'Sono mostrati i dati di {ago}: il Centro per i partner al momento non risponde, quindi potrebbero non essere aggiornati.',
  ordersDelay: 'I nuovi ordini possono impiegare fino a 15 minuti per comparire.',
  noSubscriptions: 'Nessun abbonamento trovato per questo ordine.',
  helpTitle: 'Cosa posso fare',
  customerNoMatch: 'Nessun cliente corrisponde a “{query}”.',
  orderNoMatch: 'Nessun ordine “{query}” trovato per questo cliente.',
  resellerNoMatch: 'Nessun rivenditore indiretto corrisponde a “{query}”.',
  closest: 'I più simili: {names}',
  errorDetail: 'Dettaglio: {detail}',
  correlation: 'ID di correlazione: {id} (comunicalo al supporto)',
  chooseTitle: 'Più clienti corrispondono a “{query}”',
  choosePrompt: 'Quale intendi?',
  chooseMore:
    'Ne sono mostrati {shown} di {total}. Scrivi una parte più lunga del nome per restringere la ricerca.',
  chooseNearTitle: 'Nessun cliente corrisponde esattamente a “{query}”',
  chooseNearPrompt: 'Forse intendevi:',

  subscriptionsCount: { one: '{n} abbonamento', other: '{n} abbonamenti' },
  retryIn: { one: 'Riprova tra {n} secondo.', other: 'Riprova tra {n} secondi.' },

  statusNames: {
    unknown: 'Sconosciuto',
    completed: label(g.completed),
    pending: label(g.pending),
    cancelled: label(g.cancelled),
    canceled: label(g.cancelled),
    pouploadcomplete: "Caricamento dell'ordine di acquisto completato",
    none: 'Nessuno',
    active: label(g.active),
    suspended: label(g.suspended),
    deleted: 'Eliminato',
    disabled: 'Disabilitato',
    expired: 'Scaduto',
  },
  // Masculine, as ordine and abbonamento: "l'ordine è in sospeso", "era in sospeso dal".
  statusInSentence: {
    unknown: 'sconosciuto',
    completed: g.completed.word,
    pending: g.pending.word,
    cancelled: g.cancelled.word,
    canceled: g.cancelled.word,
    pouploadcomplete: "con il caricamento dell'ordine di acquisto completato",
    none: 'senza stato',
    active: g.active.word,
    suspended: g.suspended.word,
    deleted: 'eliminato',
    disabled: 'disabilitato',
    expired: 'scaduto',
  },
  billingCycles: {
    monthly: label(g.monthly),
    annual: label(g.annual),
    one_time: label(g.oneTime),
    none: 'Nessuno',
    triennial: label(g.triennial),
    biennial: label(g.biennial),
    unknown: 'Sconosciuto',
  },
  billingTypes: { license: 'Basata su licenza', usage: 'Basata sul consumo', none: 'Nessuna' },
  transactionTypes: {
    userpurchase: 'Acquisto utente',
    systempurchase: 'Acquisto di sistema',
    systembilling: 'Fatturazione di sistema',
  },

  errors: {
    customerNotFound: {
      title: 'Cliente non trovato',
      text: "Controlla il nome, il dominio o l'ID tenant e riprova.",
    },
    orderNotFound: { title: 'Ordine non trovato', text: "Controlla l'ID dell'ordine e il cliente." },
    resellerNotFound: {
      title: 'Rivenditore non trovato',
      text: "Controlla il nome o l'ID del rivenditore indiretto; puoi usare solo i tuoi rivenditori.",
    },
    forbidden: {
      title: 'Non consentito',
      text: "L'account del Centro per i partner usato dal bot non può vedere questo elemento, ad esempio un cliente o un rivenditore di un altro partner.",
    },
    unauthorized: {
      title: 'Accesso al Centro per i partner non riuscito',
      text: 'Il bot non è riuscito ad accedere al Centro per i partner. Un amministratore deve controllarne le credenziali.',
    },
    throttled: {
      title: 'Il Centro per i partner è occupato',
      text: 'Il Centro per i partner sta limitando le richieste. Riprova tra un minuto.',
    },
    timeout: {
      title: 'Il Centro per i partner è lento',
      text: 'Il Centro per i partner non ha risposto in tempo. Riprova.',
    },
    upstream: {
      title: 'Errore del Centro per i partner',
      text: 'Il Centro per i partner ha restituito un errore. Riprova più tardi.',
    },
    invalidAction: {
      title: 'Questo pulsante non funziona più',
      text: 'Questa scheda non è aggiornata. Esegui di nuovo il comando per ottenerne una nuova.',
    },
    refused: {
      title: 'Non hai accesso',
      text: "Questo bot risponde solo alle persone e alle organizzazioni autorizzate dall'amministratore. Chiedi di essere aggiunto.",
    },
    rateLimited: {
      title: "Rallenta un po'",
      text: 'Stai inviando richieste più velocemente di quanto riesca a rispondere.',
    },
    internal: {
      title: 'Si è verificato un problema',
      text: 'Si è verificato un problema da parte mia. Riprova.',
    },
  },

  tenantLine: 'ID tenant del cliente: {id}',
  orderIdLine: 'ID ordine: {id}',

  asOf: 'Dati aggiornati al {time}',
  refresh: 'Aggiorna',

  openInPartnerCenter: 'Apri nel Centro per i partner',
  showPricesToMe: 'Mostrami i prezzi',
  pricesOnRequest:
    'I prezzi non compaiono nella scheda che tutti vedono qui: “{button}” li mostra solo a te.',
  pricesPersonalChatOnly: 'I prezzi compaiono solo in una chat 1:1 con me: chiedi lì per vederli.',
  pricesHiddenHere: 'Non mostrati qui',
  provisioningStatuses: {
    fulfilled: label(g.fulfilled),
    pending: label(g.pending),
    cancelled: label(g.cancelled),
    failed: label(g.failed),
    unknown: 'Sconosciuto',
  },

  unitNames: {
    licenses: { one: '{n} licenza', other: '{n} licenze' },
    license: { one: '{n} licenza', other: '{n} licenze' },
    seats: { one: '{n} postazione', other: '{n} postazioni' },
    users: { one: '{n} utente', other: '{n} utenti' },
    usagebased: { one: '{n} (a consumo)', other: '{n} (a consumo)' },
  },
  statusCounts: {
    active: { one: '{n} attivo', other: '{n} attivi' },
    suspended: { one: '{n} sospeso', other: '{n} sospesi' },
    deleted: { one: '{n} eliminato', other: '{n} eliminati' },
    expired: { one: '{n} scaduto', other: '{n} scaduti' },
    disabled: { one: '{n} disabilitato', other: '{n} disabilitati' },
    pending: { one: '{n} in sospeso', other: '{n} in sospeso' },
  },
  turnErrorApology: 'Spiacente, qualcosa è andato storto da parte mia. Riprova tra poco.',

  parseQuote: '"{text}"',
  parseProblems: {
    empty:
      'Scrivi un comando per iniziare, ad esempio “ordini di contoso”, oppure “aiuto” per vederli tutti.',
    unknown: 'Non ho capito. Prova “ordini di contoso” oppure scrivi “aiuto” per vedere cosa posso fare.',
    failed: 'Spiacente, non sono riuscito a leggerlo. Scrivi “aiuto” per vedere cosa posso fare.',
    tooLong:
      'Questo messaggio è troppo lungo per essere un comando (oltre {max} caratteri). Prova ad esempio “ordini di contoso”.',
    typo: 'Non conosco "{word}". Forse intendevi "{target}"?',
    typoSeeHelp: 'Non conosco "{word}". Forse intendevi "{target}"? Scrivi “aiuto” per vedere i comandi.',
    misspeltFilter:
      'Forse intendevi "{target}" invece di "{word}"? Se "{word}" fa parte del nome del cliente, metti il nome tra virgolette, ad esempio: ordini di "{customer}"',
    whichCustomerWords:
      'Non capisco quali parole indicano il cliente: {names}. Metti il cliente dopo “di”, tra virgolette se il nome contiene parole di comando, ad esempio ordini di "Contoso Monthly Ltd".',
    whichOrderAndCustomer: 'Quale ordine, e di quale cliente? Prova: {example}',
    whichOrderOf: 'Quale ordine di {who}? Prova: {example}',
    whichOrderId: 'Quale ordine di {who}? Indica il suo ID: {example}. Per elencarli: {list}',
    whichCustomerForOrder: "Di quale cliente è l'ordine {order}? Prova: {example}",
    filtersListsOnly:
      'I filtri (ciclo di fatturazione, stato, date, prodotti, rivenditori, prezzi, salta) valgono solo per gli elenchi di ordini, ad esempio “ordini di {who} mensili”.',
    withWhat: '"{key}" cosa? Prova “ordini di contoso con azure” oppure “ordini di contoso con prezzi”.',
    whichProduct: 'Quale prodotto? Prova “ordini di contoso con azure”.',
    whichReseller: 'Quale rivenditore? Prova “ordini di contoso tramite Woodgrove”.',
    unreadableDateAfter:
      'Non riesco a leggere la data dopo "{key}". Scrivila come aaaa-mm-gg, ad esempio {key} 2018-03-10.',
    betweenExample: 'Prova: tra 2018-01-01 e 2018-03-31.',
    dayCountRange: '"{phrase}" è fuori intervallo: usa da 1 a {max} giorni.',
    noToday: 'Non conosco la data di oggi, quindi non posso leggere date relative; usa aaaa-mm-gg.',
    notADate:
      '"{text}" non è una data che so leggere. Scrivi le date come aaaa-mm-gg, ad esempio 2018-03-10.',
    pickOneBillingCycle: 'Scegli un solo ciclo di fatturazione: "{first}" o "{second}".',
    pickOneStatus: 'Scegli un solo stato: "{first}" o "{second}".',
    pickOneProduct: 'Scegli un solo prodotto: "{first}" o "{second}".',
    pickOneReseller: 'Scegli un solo rivenditore: "{first}" o "{second}".',
    oneStartDate: 'Indica una sola data di inizio, ad esempio dal 2018-03-10.',
    oneEndDate: 'Indica una sola data di fine, ad esempio prima del 2018-04-01.',
    startOutOfRange: 'La data di inizio è fuori intervallo.',
    endOutOfRange: 'La data di fine è fuori intervallo.',
    emptyRange: 'Nessun giorno è sia dal {since} sia fino al {until}: controlla le date.',
  },

  countedHeading: '{title} ({n})',
  labelled: '{label}: {value}',
  withBreakdown: '{count} ({parts})',
  listSeparator: ', ',

  app: {
    shortName: 'Ordini Centro per i partner',
    fullName: 'Ordini del Centro per i partner',
    shortDescription: 'Consulta ordini e abbonamenti del Centro per i partner da Teams.',
    fullDescription:
      "Chiedi degli ordini dei tuoi clienti nel Centro per i partner senza uscire da Teams. “ordini di contoso” elenca gli ordini di un cliente, dal più recente (filtra per ciclo di fatturazione o per rivenditore indiretto); “ordine <id> di <cliente>” mostra un ordine con le sue voci; “abbonamenti dell'ordine <id> di <cliente>” elenca gli abbonamenti che ha creato; “segui ordine <id>” avvisa la conversazione quando un ordine cambia. Dalla casella di composizione o dalla casella dei comandi, la ricerca “Centro per i partner” trova un cliente, un ordine o un abbonamento e ne inserisce la scheda nel messaggio; i link del Centro per i partner che incolli mostrano una scheda compatta. Il bot si limita a leggere: non effettua, modifica né annulla nulla. Scrivi “aiuto” per vedere tutti i comandi con esempi.",
    search: {
      title: 'Centro per i partner',
      description:
        'Trova un cliente, un ordine o un abbonamento per nome, dominio o ID e inseriscine la scheda nel messaggio.',
      parameterTitle: 'Cliente, ordine o abbonamento',
      parameterDescription:
        "Nome o dominio di un cliente, ID di un ordine o di un abbonamento (basta l'inizio) o nome di un prodotto.",
    },
  },

  welcome: {
    title: 'Ordini del Centro per i partner in questa conversazione',
    body: 'Menzionami con una domanda, per esempio “@{bot} ordini di contoso”. Le risposte qui sono visibili a tutti i partecipanti della conversazione.',
    help: 'Cosa posso chiedere?',
  },

  progress: {
    general: 'Cerco nel Centro per i partner…',
    replaced: 'Il Centro per i partner ci sta mettendo un momento. La risposta apparirà qui.',
    follows: 'Il Centro per i partner ci sta mettendo un momento. La risposta arriva a breve.',
  },

  sandboxNotice:
    'Dati sandbox: clienti e ordini inventati per una demo, non provengono dal Centro per i partner.',
  orderIdAmbiguous: "Più ordini ({n}) iniziano con {prefix}: incolla l'ID completo.",
  trimmedToFit: 'Sono mostrati {shown} di {total}: gli altri non stanno in una scheda di Teams.',
  tooLargeTitle: 'Risposta troppo grande: “{command}”',
  tooLargeText: 'Questa risposta è troppo grande per essere mostrata in Teams.',
  tooLargeNarrow:
    'Chiedi meno: aggiungi un ciclo di fatturazione, uno stato o delle date (ad esempio “ultimi 30 giorni”), oppure apri un ordine tramite il suo ID.',
  tooLargeHelp: 'Guida per “{command}”',
};
