import type { Strings } from './en';

export const it: Strings = {
  lang: 'it',

  details: 'Dettagli',
  subscriptions: 'Sottoscrizioni',
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
  subscriptionId: 'ID sottoscrizione',
  autoRenew: 'Rinnovo automatico',
  commitmentEnd: 'Fine impegno',
  reseller: 'Rivenditore',
  product: 'Prodotto',
  yes: 'Sì',
  no: 'No',
  refreshFailedNotice: 'Impossibile aggiornare la scheda in questo momento: mostra ciò che era noto {ago}.',
  staleNotice:
    'Sono mostrati i dati di {ago}: Partner Center al momento non risponde, quindi potrebbero non essere aggiornati.',
  ordersDelay: 'I nuovi ordini possono impiegare fino a 15 minuti per comparire.',
  noSubscriptions: 'Nessuna sottoscrizione trovata per questo ordine.',
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

  subscriptionsCount: { one: '{n} sottoscrizione', other: '{n} sottoscrizioni' },
  retryIn: { one: 'Riprova tra {n} secondo.', other: 'Riprova tra {n} secondi.' },

  statusNames: {
    unknown: 'Sconosciuto',
    completed: 'Completato',
    pending: 'In sospeso',
    cancelled: 'Annullato',
    canceled: 'Annullato',
    pouploadcomplete: 'Caricamento PO completato',
    none: 'Nessuno',
    active: 'Attiva',
    suspended: 'Sospesa',
    deleted: 'Eliminata',
    disabled: 'Disabilitata',
    expired: 'Scaduta',
  },
  billingCycles: {
    monthly: 'Mensile',
    annual: 'Annuale',
    one_time: 'Una tantum',
    none: 'Nessuno',
    triennial: 'Triennale',
    biennial: 'Biennale',
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
      text: 'Controlla il nome, il dominio o l’ID tenant e riprova.',
    },
    orderNotFound: { title: 'Ordine non trovato', text: "Controlla l'ID dell'ordine e il cliente." },
    resellerNotFound: {
      title: 'Rivenditore non trovato',
      text: "Controlla il nome o l'ID del rivenditore indiretto; puoi usare solo i tuoi rivenditori.",
    },
    forbidden: {
      title: 'Non consentito',
      text: "L'account Partner Center del bot non può vedere questo elemento, ad esempio un cliente o un rivenditore di un altro partner.",
    },
    unauthorized: {
      title: 'Accesso a Partner Center non riuscito',
      text: 'Il bot non è riuscito ad accedere a Partner Center. Un amministratore deve controllarne le credenziali.',
    },
    throttled: {
      title: 'Partner Center è occupato',
      text: 'Partner Center sta limitando le richieste. Riprova tra un minuto.',
    },
    timeout: { title: 'Partner Center è lento', text: 'Partner Center non ha risposto in tempo. Riprova.' },
    upstream: {
      title: 'Errore di Partner Center',
      text: 'Partner Center ha restituito un errore. Riprova più tardi.',
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
      title: 'Rallenta un po’',
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
    fulfilled: 'Completato',
    pending: 'In sospeso',
    cancelled: 'Annullato',
    failed: 'Non riuscito',
    unknown: 'Sconosciuto',
  },

  unitNames: {
    licenses: { one: '{n} licenza', other: '{n} licenze' },
    license: { one: '{n} licenza', other: '{n} licenze' },
    seats: { one: '{n} postazione', other: '{n} postazioni' },
    users: { one: '{n} utente', other: '{n} utenti' },
  },
  statusCounts: {
    active: { one: '{n} attiva', other: '{n} attive' },
    suspended: { one: '{n} sospesa', other: '{n} sospese' },
    deleted: { one: '{n} eliminata', other: '{n} eliminate' },
    expired: { one: '{n} scaduta', other: '{n} scadute' },
    disabled: { one: '{n} disattivata', other: '{n} disattivate' },
    pending: { one: '{n} in sospeso', other: '{n} in sospeso' },
  },
  turnErrorApology: 'Spiacente, qualcosa è andato storto da parte mia. Riprova tra poco.',

  parseQuote: '"{text}"',
  parseProblems: {
    empty:
      'Scrivi un comando per iniziare, ad esempio "orders for contoso", oppure "help" per vederli tutti.',
    unknown: 'Non ho capito. Prova "orders for contoso" oppure scrivi "help" per vedere cosa posso fare.',
    failed: 'Spiacente, non sono riuscito a leggerlo. Scrivi "help" per vedere cosa posso fare.',
    tooLong:
      'Questo messaggio è troppo lungo per essere un comando (oltre {max} caratteri). Prova ad esempio "orders for contoso".',
    typo: 'Non conosco "{word}". Forse intendevi "{target}"?',
    typoSeeHelp: 'Non conosco "{word}". Forse intendevi "{target}"? Scrivi "help" per vedere i comandi.',
    misspeltFilter:
      'Forse intendevi "{target}" invece di "{word}"? Se "{word}" fa parte del nome del cliente, metti il nome tra virgolette: orders for "{customer}"',
    whichCustomerWords:
      'Non capisco quali parole indicano il cliente: {names}. Metti il cliente dopo "for", tra virgolette se il nome contiene parole di comando, ad esempio orders for "Contoso Monthly Ltd".',
    whichOrderAndCustomer: 'Quale ordine, e di quale cliente? Prova: {what} for contoso',
    whichOrderOf: 'Quale ordine di {who}? Prova: {what} for {who}',
    whichOrderId:
      'Quale ordine di {who}? Indica il suo ID: {what} for {who}. Per elencarli: orders for {who}',
    whichCustomerForOrder: 'Di quale cliente è l’ordine {order}? Prova: {example} for contoso',
    filtersListsOnly:
      'I filtri (ciclo di fatturazione, stato, date, prodotti, rivenditori, prezzi, skip) valgono solo per gli elenchi di ordini, ad esempio orders for {who} monthly.',
    withWhat: '"{key}" cosa? Prova: orders for contoso with azure, oppure orders for contoso with prices.',
    whichProduct: 'Quale prodotto? Prova: orders for contoso with azure.',
    whichReseller: 'Quale rivenditore? Prova: orders for contoso via Woodgrove.',
    unreadableDateAfter:
      'Non riesco a leggere la data dopo "{key}". Scrivila come aaaa-mm-gg, ad esempio {key} 2018-03-10.',
    betweenExample: 'Prova: between 2018-01-01 and 2018-03-31.',
    dayCountRange: '"{phrase}" è fuori intervallo: usa da 1 a {max} giorni.',
    noToday: 'Non conosco la data di oggi, quindi non posso leggere date relative; usa aaaa-mm-gg.',
    notADate:
      '"{text}" non è una data che so leggere. Scrivi le date come aaaa-mm-gg, ad esempio 2018-03-10.',
    pickOneBillingCycle: 'Scegli un solo ciclo di fatturazione: "{first}" o "{second}".',
    pickOneStatus: 'Scegli un solo stato: "{first}" o "{second}".',
    pickOneProduct: 'Scegli un solo prodotto: "{first}" o "{second}".',
    pickOneReseller: 'Scegli un solo rivenditore: "{first}" o "{second}".',
    oneStartDate: 'Indica una sola data di inizio, ad esempio since 2018-03-10.',
    oneEndDate: 'Indica una sola data di fine, ad esempio before 2018-04-01.',
    startOutOfRange: 'La data di inizio è fuori intervallo.',
    endOutOfRange: 'La data di fine è fuori intervallo.',
    emptyRange: 'Nessun giorno è sia dal {since} sia fino al {until}: controlla le date.',
  },

  countedHeading: '{title} ({n})',
  labelled: '{label}: {value}',
  withBreakdown: '{count} ({parts})',
  listSeparator: ', ',

  welcome: {
    title: 'Ordini del Partner Center in questa conversazione',
    body: 'Menzionami con una domanda, per esempio “@{bot} orders for contoso”. Le risposte qui sono visibili a tutti i partecipanti della conversazione.',
    help: 'Cosa posso chiedere?',
  },

  progress: {
    general: 'Cerco in Partner Center…',
    replaced: 'Partner Center ci sta mettendo un momento. La risposta apparirà qui.',
    follows: 'Partner Center ci sta mettendo un momento. La risposta arriva a breve.',
  },

  sandboxNotice: 'Dati sandbox: clienti e ordini inventati per una demo, non provengono da Partner Center.',
  orderIdAmbiguous: 'Più ordini ({n}) iniziano con {prefix}: incolla l’ID completo.',
  trimmedToFit: 'Sono mostrati {shown} di {total}: gli altri non stanno in una scheda di Teams.',
  tooLargeTitle: 'Risposta troppo grande: {command}',
  tooLargeText: 'Questa risposta è troppo grande per essere mostrata in Teams.',
  tooLargeNarrow:
    'Chiedi meno: aggiungi un ciclo di fatturazione, uno stato o delle date (ad esempio “last 30 days”), oppure apri un ordine tramite il suo ID.',
  tooLargeHelp: 'Guida per {command}',
};
