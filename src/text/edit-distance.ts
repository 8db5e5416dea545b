// Text utilities shared by the parser and the customer directory (no other imports: a leaf module).
// Edit distance for "did you mean …?". Optimal string alignment (Levenshtein plus adjacent
// transposition, so "hlep" is one edit from "help"), cut off as soon as the distance exceeds `max`.

export function editDistance(a: string, b: string, max: number): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prevPrev: number[] = [];
  let prev: number[] = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row: number[] = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        d = Math.min(d, (prevPrev[j - 2] ?? 0) + 1);
      }
      row.push(d);
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > max) return max + 1;
    prevPrev = prev;
    prev = row;
  }
  return prev[b.length] ?? max + 1;
}

/** Edits allowed for a word of this length: none below 4 letters, 1 up to 6, 2 from 7. */
export function allowedEdits(length: number): number {
  if (length < 4) return 0;
  return length <= 6 ? 1 : 2;
}

/** The first target within the allowed distance of `word` (the closest one wins), or undefined. */
export function closest(word: string, targets: readonly string[]): string | undefined {
  const max = allowedEdits(word.length);
  if (max === 0) return undefined;
  let best: string | undefined;
  let bestDistance = max + 1;
  for (const target of targets) {
    if (target.length < 4 || target === word) continue;
    const d = editDistance(word, target, max);
    if (d < bestDistance) {
      best = target;
      bestDistance = d;
    }
  }
  return best;
}
