// English: the reference table. Every other table is typed `Strings` (= typeof en), so a missing key
// fails to compile. `{name}` marks a placeholder; plural forms are picked with Intl.PluralRules
// ('other' is the fallback for forms a table does not list). These are the words several cards share; the
// words of one command live in its folder (src/commands/<name>/strings.ts).

import { GLOSSARY, label } from './glossary';
import { plural } from './plural';

const g = GLOSSARY.en;

export const en = {
  /** Language of this table (the card's `lang`, plural rules, relative times). */
  lang: 'en',

  // Buttons and labels bound by the templates (${t.…}).
  details: 'Details',
  subscriptions: 'Subscriptions',
  orderDetails: 'Order details',

  // Facts
  orders: 'Orders',
  orderId: 'Order id',
  created: 'Created',
  status: 'Status',
  billingCycle: 'Billing cycle',
  total: 'Total',
  transactionType: 'Transaction type',
  offerId: 'Offer id',
  quantity: 'Quantity',
  subscriptionId: 'Subscription id',
  autoRenew: 'Auto-renew',
  commitmentEnd: 'Commitment ends',
  reseller: 'Reseller',
  product: 'Product',
  yes: 'Yes',
  no: 'No',

  // Sentences
  refreshFailedNotice: 'Could not refresh this card just now: it shows what was known {ago}.',
  staleNotice:
    'Showing data from {ago}: Partner Center is not answering right now, so this may be out of date.',
  ordersDelay: 'New orders can take up to 15 minutes to appear.',
  noSubscriptions: 'No subscriptions found for this order.',
  helpTitle: 'What I can do',
  customerNoMatch: 'No customer matches “{query}”.',
  orderNoMatch: 'No order “{query}” was found for this customer.',
  resellerNoMatch: 'No indirect reseller matches “{query}”.',
  closest: 'Closest: {names}',
  errorDetail: 'Detail: {detail}',
  correlation: 'Correlation id: {id} (give this to support)',
  chooseTitle: 'Several customers match “{query}”',
  choosePrompt: 'Which one do you mean?',
  chooseMore: 'Showing {shown} of {total}. Type more of the name to narrow it down.',
  chooseNearTitle: 'No customer matches “{query}” exactly',
  chooseNearPrompt: 'Did you mean:',

  // Plurals
  subscriptionsCount: plural({ one: '{n} subscription', other: '{n} subscriptions' }),
  retryIn: plural({ one: 'Try again in {n} second.', other: 'Try again in {n} seconds.' }),

  // Open enums, keyed by the value lowercased without '_', '-' or spaces. Unknown values are shown as they came.
  statusNames: {
    unknown: 'Unknown',
    completed: label(g.completed),
    pending: label(g.pending),
    cancelled: label(g.cancelled),
    canceled: label(g.cancelled),
    pouploadcomplete: 'PO upload complete',
    none: 'None',
    active: label(g.active),
    suspended: label(g.suspended),
    deleted: 'Deleted',
    disabled: 'Disabled',
    expired: 'Expired',
  },

  /**
   * A status inside a sentence ("now pending", "(agora pendente)"), keys as statusNames: lower case where the
   * language writes it so, agreeing with the order (or subscription) it describes. English keeps Partner
   * Center's names, capitalised.
   */
  statusInSentence: {
    unknown: 'Unknown',
    completed: label(g.completed),
    pending: label(g.pending),
    cancelled: label(g.cancelled),
    canceled: label(g.cancelled),
    pouploadcomplete: 'PO upload complete',
    none: 'None',
    active: label(g.active),
    suspended: label(g.suspended),
    deleted: 'Deleted',
    disabled: 'Disabled',
    expired: 'Expired',
  },

  /** Keyed by the canonical BillingCycle. */
  billingCycles: {
    monthly: label(g.monthly),
    annual: label(g.annual),
    one_time: label(g.oneTime),
    none: 'None',
    triennial: label(g.triennial),
    biennial: label(g.biennial),
    unknown: 'Unknown',
  },
  billingTypes: { license: 'License-based', usage: 'Usage-based', none: 'None' },
  transactionTypes: {
    userpurchase: 'User purchase',
    systempurchase: 'System purchase',
    systembilling: 'System billing',
  },

  errors: {
    customerNotFound: {
      title: 'Customer not found',
      text: 'Check the name, domain or tenant id and try again.',
    },
    orderNotFound: { title: 'Order not found', text: 'Check the order id and the customer.' },
    resellerNotFound: {
      title: 'Reseller not found',
      text: 'Check the name or id of the indirect reseller; only your own resellers can be used.',
    },
    forbidden: {
      title: 'Not allowed',
      text: "The bot's Partner Center account may not see this, for example a customer or reseller of another partner.",
    },
    unauthorized: {
      title: 'Cannot sign in to Partner Center',
      text: 'The bot could not sign in to Partner Center. An administrator needs to check its credentials.',
    },
    throttled: {
      title: 'Partner Center is busy',
      text: 'Partner Center is limiting requests right now. Please try again in a minute.',
    },
    timeout: {
      title: 'Partner Center is slow',
      text: "Partner Center didn't answer in time. Please try again.",
    },
    upstream: {
      title: 'Partner Center error',
      text: 'Partner Center returned an error. Please try again later.',
    },
    invalidAction: {
      title: 'That button no longer works',
      text: 'This card is out of date. Run the command again to get a fresh one.',
    },
    refused: {
      title: 'You do not have access',
      text: 'This bot answers only the people and organisations its administrator allowed. Ask them to add you.',
    },
    rateLimited: {
      title: 'Please slow down',
      text: "You're sending requests faster than I can answer them.",
    },
    internal: { title: 'Something went wrong', text: 'Something went wrong on my side. Please try again.' },
  },

  // Full ids on a subtle line, for pasting into a ticket.
  tenantLine: 'Customer tenant id: {id}',
  orderIdLine: 'Order id: {id}',

  // Freshness and refresh.
  asOf: 'As of {time}',
  refresh: 'Refresh',

  // Into the portal, and prices in shared conversations (channels, group chats).
  openInPartnerCenter: 'Open in Partner Center',
  showPricesToMe: 'Show prices to me',
  pricesOnRequest: 'Prices are left out of the card everyone here sees: “{button}” shows them to you alone.',
  pricesPersonalChatOnly: 'Prices are shown only in a 1:1 chat with me: ask there to see them.',
  pricesHiddenHere: 'Not shown here',

  // Provisioning status of a pending order.
  provisioningStatuses: {
    fulfilled: label(g.fulfilled),
    pending: label(g.pending),
    cancelled: label(g.cancelled),
    failed: label(g.failed),
    unknown: 'Unknown',
  },

  // Plurals of unit names and of statuses counted in a sentence (keys as statusNames).
  unitNames: {
    licenses: plural({ one: '{n} License', other: '{n} Licenses' }),
    license: plural({ one: '{n} License', other: '{n} Licenses' }),
    seats: plural({ one: '{n} Seat', other: '{n} Seats' }),
    users: plural({ one: '{n} User', other: '{n} Users' }),
    // An Azure plan's quantity: one plan, paid by use.
    usagebased: plural({ one: '{n} (usage-based)', other: '{n} (usage-based)' }),
  },
  statusCounts: {
    active: plural({ one: '{n} Active', other: '{n} Active' }),
    suspended: plural({ one: '{n} Suspended', other: '{n} Suspended' }),
    deleted: plural({ one: '{n} Deleted', other: '{n} Deleted' }),
    expired: plural({ one: '{n} Expired', other: '{n} Expired' }),
    disabled: plural({ one: '{n} Disabled', other: '{n} Disabled' }),
    pending: plural({ one: '{n} Pending', other: '{n} Pending' }),
  },

  /** The plain-text apology when a turn fails outside any command (the adapter's catch-all). */
  turnErrorApology: 'Sorry, something went wrong on my side. Please try again in a moment.',

  /** The parser's messages by code (src/commands/parse/messages.ts); user words fill the placeholders. */
  parseQuote: '"{text}"',
  parseProblems: {
    empty: 'Type a command to start, e.g. "orders for contoso", or "help" to see them all.',
    unknown: 'I didn\'t understand that. Try "orders for contoso", or type "help" to see what I can do.',
    failed: 'Sorry, I couldn\'t read that. Type "help" to see what I can do.',
    tooLong:
      'That message is too long to be a command (over {max} characters). Try e.g. "orders for contoso".',
    typo: 'I don\'t know "{word}". Did you mean "{target}"?',
    typoSeeHelp: 'I don\'t know "{word}". Did you mean "{target}"? Type "help" to see the commands.',
    misspeltFilter:
      'Did you mean "{target}" rather than "{word}"? If "{word}" is part of the customer\'s name, put the name in quotes: orders for "{customer}"',
    whichCustomerWords:
      'I can\'t tell which words name the customer: {names}. Put the customer after "for", in quotes if its name contains command words, e.g. orders for "Contoso Monthly Ltd".',
    whichOrderAndCustomer: 'Which order, and of which customer? Try: {example}',
    whichOrderOf: 'Which order of {who}? Try: {example}',
    whichOrderId: 'Which order of {who}? Give its id: {example}. To list them: {list}',
    whichCustomerForOrder: 'Which customer is order {order} for? Try: {example}',
    filtersListsOnly:
      'Filters (billing cycle, status, dates, products, resellers, prices, skip) apply to order lists only, e.g. orders for {who} monthly.',
    withWhat: '"{key}" what? Try: orders for contoso with azure, or orders for contoso with prices.',
    whichProduct: 'Which product? Try: orders for contoso with azure.',
    whichReseller: 'Which reseller? Try: orders for contoso via Woodgrove.',
    unreadableDateAfter:
      'I couldn\'t read the date after "{key}". Write it as yyyy-mm-dd, e.g. {key} 2018-03-10.',
    betweenExample: 'Try: between 2018-01-01 and 2018-03-31.',
    dayCountRange: '"{phrase}" is out of range: use 1 to {max} days.',
    noToday: "I can't tell today's date, so I can't read relative dates; use yyyy-mm-dd.",
    notADate: '"{text}" is not a date I can read. Write dates as yyyy-mm-dd, e.g. 2018-03-10.',
    pickOneBillingCycle: 'Pick one billing cycle: "{first}" or "{second}".',
    pickOneStatus: 'Pick one status: "{first}" or "{second}".',
    pickOneProduct: 'Pick one product: "{first}" or "{second}".',
    pickOneReseller: 'Pick one reseller: "{first}" or "{second}".',
    oneStartDate: 'Give one start date, e.g. since 2018-03-10.',
    oneEndDate: 'Give one end date, e.g. before 2018-04-01.',
    startOutOfRange: 'That start date is out of range.',
    endOutOfRange: 'That end date is out of range.',
    emptyRange: 'No day is both since {since} and until {until}: check the dates.',
  },

  // Punctuation of composed text, per language (Chinese uses full-width forms).
  countedHeading: '{title} ({n})',
  labelled: '{label}: {value}',
  withBreakdown: '{count} ({parts})',
  listSeparator: ', ',

  /**
   * The Teams app's name and descriptions: the manifest in English, its language files in the others
   * (npm run package:teams). Teams limits: short name 30 characters, short description 80, full 4,000.
   */
  app: {
    shortName: 'PC Orders',
    fullName: 'Partner Center Orders',
    shortDescription: 'Look up Partner Center orders and subscriptions from Teams.',
    fullDescription:
      'Ask about your customers\' Partner Center orders without leaving Teams. "orders for contoso" lists a customer\'s orders, newest first (filter by billing cycle or by indirect reseller); "order <id> for <customer>" shows one order with its line items; "subscriptions for order <id> for <customer>" lists the subscriptions it created; "watch order <id>" tells the conversation when an order changes. From the compose box or the command box, the "Partner Center" search finds a customer, an order or a subscription and puts its card in your message; Partner Center links you paste show a compact card. The bot only reads: it never places, changes or cancels anything. Type "help" for every command with examples.',
    /** The message extension's search command and its one parameter (title 32 characters, description 128). */
    search: {
      title: 'Partner Center',
      description:
        'Find a customer, an order or a subscription by name, domain or id, and put its card in your message.',
      parameterTitle: 'Customer, order or subscription',
      parameterDescription:
        "A customer's name or domain, an order or subscription id (its start is enough), or a product name.",
    },
  },

  /** The one card posted when the bot is added to a group chat or a team (1:1 gets the help card). */
  welcome: {
    title: 'Partner Center orders, in this conversation',
    body: 'Mention me with a question, for example “@{bot} orders for contoso”. Answers here are seen by everyone in this conversation.',
    help: 'What can I ask?',
  },

  /** The first reply when an answer takes a few seconds; the answer replaces it or follows it. */
  progress: {
    general: 'Looking that up in Partner Center…',
    replaced: 'Partner Center is taking a moment. The answer will appear here.',
    follows: 'Partner Center is taking a moment. The answer follows shortly.',
  },

  /** Top line of every card when a registered bot answers from the embedded sandbox (a demo). */
  sandboxNotice: 'Sandbox data: invented customers and orders for a demo, not from Partner Center.',

  /** A pasted short order id that starts several of the customer's orders. */
  orderIdAmbiguous: 'Several orders ({n}) start with {prefix}: paste the whole id.',

  /** A list cut short so that its card stays under Teams' message size limit. */
  trimmedToFit: 'Showing {shown} of {total}: the rest do not fit in one Teams card.',

  /** The short card sent instead of an answer Teams refused as too large. */
  tooLargeTitle: 'Answer too large: “{command}”',
  tooLargeText: 'This answer is too large for Teams to show.',
  tooLargeNarrow:
    'Ask for less: add a billing cycle, a status or dates (for example “last 30 days”), or open one order by its id.',
  tooLargeHelp: 'Help for “{command}”',
};

export type Strings = typeof en;
