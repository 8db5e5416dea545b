// Resolution of what a person typed against the loaded customer list, with no Partner Center call. A tenant id
// is looked up; otherwise every customer the text names is ranked: exact name, exact domain (with or without
// .onmicrosoft.com: "contoso.com", "fourthcoffee"), every typed word a word of the name ("importers"), name or
// domain prefix, a piece of the name ("port"), then close spellings ("contsoo"); equally good ones by name.
// One clear winner is the answer; several are offered, best first; a close spelling is never taken for you.
import { isGuid } from '../partnercenter/guid-format';
import type { Customer } from '../partnercenter/models';
import { foldText } from '../text/fold';
import type { NearCost } from '../text/near-words';
import { domainStem, looksLikeDomain } from './domains';
import { CustomerEntries, GRAM, grams, lowerBound, type Entry } from './entries';

export type DirectoryMatch =
  | { kind: 'found'; customer: Customer }
  /**
   * Several customers, best first (at most the index's maximum), of `total` that matched; `near`: none is
   * more than a close spelling of what was typed.
   */
  | { kind: 'ambiguous'; candidates: Customer[]; total: number; near?: true };

/** How a customer matched, best first. */
export const Rank = { name: 0, domain: 1, words: 2, prefix: 3, piece: 4, near: 5 } as const;
type RankValue = (typeof Rank)[keyof typeof Rank];

/** What a match looked at (tests assert it grows with what matched, not with the number of customers). */
export interface MatchCost extends NearCost {
  /** Customers looked at: taken from an index, or checked against the query. */
  examined: number;
}

interface Ranked {
  entry: Entry;
  rank: RankValue;
  /** Edits, for close spellings. */
  distance: number;
}

/** A piece of a name is looked for from this many letters: shorter ones are in nearly every name. */
const MIN_PIECE = GRAM;

/** An immutable, searchable copy of the partner's customers, indexed once when the directory loads. */
export class CustomerIndex {
  private readonly index: CustomerEntries;

  constructor(
    customers: readonly Customer[],
    private readonly maxCandidates = 10,
  ) {
    this.index = new CustomerEntries(customers);
  }

  get size(): number {
    return this.index.entries.length;
  }

  /**
   * The customer(s) `typed` names, or undefined when nothing here is close: the caller then asks Partner
   * Center, since a customer added since the last load is not here yet.
   */
  match(typed: string, cost: MatchCost = { examined: 0, compared: 0 }): DirectoryMatch | undefined {
    const found = this.rank(typed, cost, true);
    if (!found) return undefined;
    const { ranked, matched } = found;
    if (ranked.size === 0) return undefined;
    const best = sorted(ranked);
    const top = best[0]!;
    // A match in the name or domain is the answer when it is the only one; a close spelling never is.
    if (matched === 1 && top.rank !== Rank.near) return { kind: 'found', customer: top.entry.customer };
    return {
      kind: 'ambiguous',
      candidates: best.slice(0, this.maxCandidates).map((r) => r.entry.customer),
      total: ranked.size,
      ...(top.rank === Rank.near ? { near: true as const } : {}),
    };
  }

  /**
   * Every customer `typed` names, best first, at most `limit`: the exact name first, then the others it names
   * too (a search lists "Contoso Pharmaceuticals" after "Contoso"), close spellings last.
   */
  search(typed: string, limit: number, cost: MatchCost = { examined: 0, compared: 0 }): Customer[] {
    const found = this.rank(typed, cost, false);
    return found
      ? sorted(found.ranked)
          .slice(0, limit)
          .map((r) => r.entry.customer)
      : [];
  }

  /**
   * The customers `typed` names, each with the best way it matched; `matched`: how many matched by name or
   * domain (not by a close spelling). `settle`: stop at the first tier that names exactly one (match()).
   */
  private rank(
    typed: string,
    cost: MatchCost,
    settle: boolean,
  ): { ranked: Map<Entry, Ranked>; matched: number } | undefined {
    const raw = typed.trim();
    const lower = raw.toLowerCase();
    if (raw === '') return undefined;
    const ranked = new Map<Entry, Ranked>();
    if (isGuid(lower)) {
      const entry = this.index.byId.get(lower);
      if (entry) ranked.set(entry, { entry, rank: Rank.name, distance: 0 });
      return { ranked, matched: ranked.size };
    }
    const query = foldText(raw);
    // Tiers are read best first: a customer keeps the first (best) way it matched.
    const add = (entries: Iterable<Entry>, rank: RankValue, distance = 0): void => {
      for (const entry of entries) if (!ranked.has(entry)) ranked.set(entry, { entry, rank, distance });
    };
    // A list taken whole from an index: every customer on it is looked at.
    const all = (list: readonly Entry[] | undefined): readonly Entry[] => {
      cost.examined += list?.length ?? 0;
      return list ?? [];
    };

    if (query !== '') add(all(this.index.byName.get(query)), Rank.name);
    if (settle && ranked.size === 1) return { ranked, matched: 1 };
    if (looksLikeDomain(lower)) {
      // "contoso.onmicrosoft.com", or "contoso.com" for it: a domain is as good as a name.
      add(all(this.index.byDomain.get(lower)), Rank.domain);
      add(all(this.index.byStem.get(domainStem(lower))), Rank.domain);
      if (settle && ranked.size === 1) return { ranked, matched: 1 };
    } else if (!/\s/.test(lower)) {
      // A bare "fabrikam" ranks Fabrikam Inc (fabrikam.onmicrosoft.com) first, yet Fabrikam Retail is named too.
      add(all(this.index.byStem.get(lower)), Rank.domain);
    }
    if (query !== '') {
      add(this.withWords(query.split(' '), cost), Rank.words);
      add(this.withPrefix(query, lower, cost), Rank.prefix);
      add(this.withPiece(query, cost), Rank.piece);
    }
    const matched = ranked.size;
    const words = looksLikeDomain(lower) ? [domainStem(lower)] : query.split(' ').filter(Boolean);
    for (const { entry, distance } of this.near(words, cost)) add([entry], Rank.near, distance);
    return { ranked, matched };
  }

  /** Customers whose name has every one of `words` as a whole word: the rarest word's list, checked. */
  private withWords(words: readonly string[], cost: MatchCost): Entry[] {
    const lists = words.map((w) => this.index.byWord.get(w) ?? []);
    const rarest = lists.reduce((a, b) => (b.length < a.length ? b : a));
    return rarest.filter((entry) => {
      cost.examined++;
      return words.every((w) => entry.words.includes(w));
    });
  }

  /** Names starting with the query (a range of the name order), then domains starting with it. */
  private *withPrefix(query: string, lower: string, cost: MatchCost): Generator<Entry> {
    const { entries, byDomainOrder } = this.index;
    for (let i = lowerBound(entries, query, (e) => e.name); i < entries.length; i++) {
      cost.examined++;
      if (!entries[i]!.name.startsWith(query)) break;
      yield entries[i]!;
    }
    if (/\s/.test(lower)) return;
    for (let i = lowerBound(byDomainOrder, lower, (e) => e.domain); i < byDomainOrder.length; i++) {
      cost.examined++;
      if (!byDomainOrder[i]!.domain.startsWith(lower)) break;
      yield byDomainOrder[i]!;
    }
  }

  /** Names holding the query anywhere: the customers of its rarest trigram, checked. */
  private withPiece(query: string, cost: MatchCost): Entry[] {
    if (query.length < MIN_PIECE) return [];
    let rarest: Entry[] | undefined;
    for (const gram of grams(query)) {
      const list = this.index.byGram.get(gram) ?? [];
      if (rarest === undefined || list.length < rarest.length) rarest = list;
      if (list.length === 0) return [];
    }
    return (rarest ?? []).filter((entry) => {
      cost.examined++;
      return entry.name.includes(query);
    });
  }

  /**
   * Customers whose name has, for every typed word, that word or a close spelling of it (a domain stem counts
   * as a word: "fourthcofee"). Words under 4 letters must be exact. Fewest edits in total first.
   */
  private near(words: readonly string[], cost: MatchCost): { entry: Entry; distance: number }[] {
    if (words.length === 0) return [];
    // For each typed word, the known words it may stand for, with their edits.
    const options = words.map((w) => {
      const near = new Map<string, number>([[w, 0]]);
      for (const { word, distance } of this.index.vocabulary.near(w, cost)) {
        if (!near.has(word)) near.set(word, distance);
      }
      return near;
    });
    if (options.every((o) => o.size === 1)) return [];
    // Candidates: the customers of the typed word whose options are held by the fewest. For one typed word,
    // the customers holding it exactly were ranked already: only its close spellings are looked at.
    const listsOf = (o: Map<string, number>) =>
      [...o]
        .filter(([, distance]) => words.length > 1 || distance > 0)
        .flatMap(([w]) => [this.index.byWord.get(w) ?? [], this.index.byStem.get(w) ?? []]);
    const sizes = options.map((o) => listsOf(o).reduce((n, list) => n + list.length, 0));
    const lead = sizes.indexOf(Math.min(...sizes));
    const seen = new Set<Entry>();
    const out: { entry: Entry; distance: number }[] = [];
    for (const list of listsOf(options[lead]!)) {
      for (const entry of list) {
        if (seen.has(entry)) continue;
        seen.add(entry);
        cost.examined++;
        let total = 0;
        for (const option of options) {
          const best = closestIn(option, entry);
          if (best === undefined) {
            total = -1;
            break;
          }
          total += best;
        }
        if (total >= 0) out.push({ entry, distance: total });
      }
    }
    return out;
  }
}

/** The fewest edits from one typed word to a word (or the domain stem) of `entry`, if any is close. */
function closestIn(option: ReadonlyMap<string, number>, entry: Entry): number | undefined {
  let best: number | undefined;
  for (const word of entry.stem ? [...entry.words, entry.stem] : entry.words) {
    const d = option.get(word);
    if (d !== undefined && (best === undefined || d < best)) best = d;
  }
  return best;
}

/** Best first: by how they matched, then fewest edits, then by name. */
function sorted(ranked: Map<Entry, Ranked>): Ranked[] {
  return [...ranked.values()].sort(
    (a, b) => a.rank - b.rank || a.distance - b.distance || a.entry.ordinal - b.entry.ordinal,
  );
}
