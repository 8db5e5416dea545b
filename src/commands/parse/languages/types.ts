// What the parser reads in each language next to English. The engine reads English; a message's words in
// another language are first translated, word for word and phrase for phrase, into the English words they
// stand for (translate.ts), so each command's grammar stays one grammar. The words of one command live in its
// folder (languages.ts); the words every command shares (statuses, billing cycles, dates, connectors, fillers)
// in one file per language here. Every table is typed `Record<Language, …>`, so a missing language fails tsc.
import type { Locale } from '../../../cards/strings';
import type { BillingCycle } from '../../../partnercenter/models';
import type { OrderFilters } from '../../shared/list-ref';
import type { Quoter } from '../grammar';

/** The languages read next to English (their cards exist: src/cards/strings). */
export type Language = Exclude<Locale, 'en'>;

/**
 * Phrases of a language → the English words the parser reads for them ("pedidos" → "orders", "esta semana" →
 * "this week"). Phrases are lowercase words separated by spaces; `#` stands for a number ("últimos # dias").
 */
export type Phrases = Readonly<Record<string, string>>;

/** A command's words in one language (the `languages` of its definition, in its folder's languages.ts). */
export interface CommandWords<C> {
  /** Its verbs and the phrases made with them. They mark the message as written in this language. */
  phrases: Phrases;
  /** Read so only right before an order id: Chinese 订单 is "order" before an id, "orders" otherwise. */
  beforeId?: Phrases;
  /** Spellings a misspelt verb is compared with ("pedidso" → pedidos), most likely first. */
  typoTargets: readonly string[];
  /** Its name, as the help card's title for it says ("Ajuda: pedidos"). */
  name: string;
  /** Its help lines in this language, in the order of the English ones: the syntax, and an example. */
  help: readonly LocalHelp[];
  /** The command written in this language ("Did you mean …?"); checked to parse back, else English. */
  format?(command: C, quote: Quoter, spell: Speller): string;
}

export interface LocalHelp {
  command: string;
  /** Parses to the same command as the English example at the same place (a test checks it). */
  example: string;
}

/** A command's words in every language next to English. */
export type CommandLanguages<C> = Readonly<Record<Language, CommandWords<C>>>;

/** The words every command shares, in one language (src/commands/parse/languages/<tag>.ts). */
export interface SharedWords {
  /** Statuses ("pendentes" → pending). They mark the message as this language's. */
  statuses: Phrases;
  /** Billing cycles ("mensais" → monthly), and the words around them ("ciclo de cobrança"). Marking. */
  cycles: Phrases;
  /** Dates that stand alone ("hoje", "esta semana", "últimos # dias"). Marking. */
  dates: Phrases;
  /** Other filter words ("preços", "revendedor", "incluindo"). Marking. */
  filters: Phrases;
  /** Day and month names, "clientes": read in a message in this language (another word marks it). */
  names: Phrases;
  /** Read in a message in this language, right before a date ("desde", "até", "da" in Italian). */
  datePrepositions: Phrases;
  /**
   * Read only in a message in this language, and only beside a command word, a filter or an id ("pedidos de
   * contoso", "pedido <id> de contoso"): between two words of a name they stay the name's ("Banco da Terra").
   */
  connectors: Phrases;
  /** Politeness and articles ("por favor", "os"): read only in a message in this language. */
  fillers: Phrases;
  /** Between a day and its month or a month and its year ("10 de março de 2018"): dropped there. */
  dateGlue?: readonly string[];
  /** Italian elisions: "dell'ordine" is read as "dell'" "ordine" when the rest is a word of the tables. */
  elisions?: readonly string[];
  /** Chinese 的: "A 的 B" (A's B) is read as "B for A" when B is command words and A is not. */
  possessives?: readonly string[];
  /** Words after a date that English puts before it (之前 "before"); `''`: closes a "since" (自 … 以来). */
  postpositions?: Phrases;
  /** Written without spaces between words: known words are cut out of the text first. */
  unspaced?: true;
  /** Words that a misspelt word at the edge of a customer's name is compared with ("mensias" → mensais). */
  filterTargets: readonly string[];
  /** How filters are written in this language, for commands written back ("Did you mean …?"). */
  spelling: Spelling;
}

/** How a language writes an orders query's filters; `{…}` are the values. */
export interface Spelling {
  cycles: Readonly<Record<BillingCycle, string>>;
  statuses: Readonly<Record<'pending' | 'completed' | 'cancelled', string>>;
  /** Another status, as typed: "status {status}". */
  status: string;
  on: string;
  since: string;
  until: string;
  product: string;
  reseller: string;
  prices: string;
  systemPurchases: string;
  skip: string;
  refresh: string;
  /** An order id not given yet, in a hint's example ("pedido <id-do-pedido> de contoso"). */
  orderId: string;
}

/** A language's spelling with the helpers commands write their filters with. */
export interface Speller {
  spelling: Spelling;
  /** The words of an orders query's filters, in the order the English format writes them. */
  filters(filters: OrderFilters, quote: Quoter): string[];
  status(status: string): string;
  /** "skip 10" in this language. */
  skip(n: number): string;
  /** A command's name in this language, by its kind ("pedidos" for orders). */
  name(kind: string): string;
}
