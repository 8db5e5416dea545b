// Words a typo or two away, found without comparing against every word: each known word is filed under the
// strings left when up to two of its letters are deleted (symmetric deletion, as SymSpell does), and its
// length. A typed word looks up its own deletions at the lengths within reach, so a lookup costs what the
// typed word's length does, whatever the vocabulary's size; only the few words filed under a shared deletion
// are compared with the true edit distance.
import { allowedEdits, editDistance } from './edit-distance';

/**
 * Deletions are taken of a word's first letters only: a typo past them still shares its deletions with the
 * word's, so this bounds the index's size (at most 1 + 7 + 21 keys a word) without missing a match.
 */
const PREFIX = 7;
const MAX_EDITS = 2;

export interface NearWord {
  word: string;
  distance: number;
}

/** Counts the words compared with the edit distance (tests assert lookups stay cheap). */
export interface NearCost {
  compared: number;
}

export class NearWords {
  private readonly byDeletion = new Map<string, string[]>();

  /** `words`: the vocabulary (lowercase, as foldWords gives them); duplicates are filed once. */
  constructor(words: Iterable<string>) {
    for (const word of new Set(words)) {
      if (allowedEdits(word.length) === 0) continue;
      for (const deletion of deletions(word.slice(0, PREFIX), MAX_EDITS)) {
        const key = `${word.length}:${deletion}`;
        const filed = this.byDeletion.get(key);
        if (filed) filed.push(word);
        else this.byDeletion.set(key, [word]);
      }
    }
  }

  /**
   * Known words within the edits allowed for `typed`'s length (none below 4 letters, 1 up to 6, 2 from 7),
   * closest first, the word itself included (distance 0) when known.
   */
  near(typed: string, cost?: NearCost): NearWord[] {
    const max = allowedEdits(typed.length);
    if (max === 0) return [];
    const seen = new Set<string>();
    const found: NearWord[] = [];
    const own = deletions(typed.slice(0, PREFIX), MAX_EDITS);
    for (let length = Math.max(1, typed.length - max); length <= typed.length + max; length++) {
      for (const deletion of own) {
        for (const word of this.byDeletion.get(`${length}:${deletion}`) ?? []) {
          if (seen.has(word)) continue;
          seen.add(word);
          if (cost) cost.compared++;
          const distance = editDistance(typed, word, max);
          if (distance <= max) found.push({ word, distance });
        }
      }
    }
    return found.sort((a, b) => a.distance - b.distance || (a.word < b.word ? -1 : a.word > b.word ? 1 : 0));
  }
}

/** `word` and every string left when deleting up to `max` of its letters. */
function deletions(word: string, max: number): Set<string> {
  const out = new Set<string>([word]);
  let level = [word];
  for (let d = 0; d < max; d++) {
    const next: string[] = [];
    for (const w of level) {
      for (let i = 0; i < w.length; i++) {
        const shorter = w.slice(0, i) + w.slice(i + 1);
        if (!out.has(shorter)) {
          out.add(shorter);
          next.push(shorter);
        }
      }
    }
    level = next;
  }
  return out;
}
