// Splits normalised text into tokens. A "quoted phrase" is one literal token: its words are never read
// as keywords, which is how a user names a customer like "Monthly Partners" or "Bank for Kids".

export interface Token {
  /** As typed, quotes included. */
  raw: string;
  /** Lowercased, curly apostrophes straightened, trailing , ; : removed; '' for a quoted phrase. */
  key: string;
  quoted: boolean;
}

const QUOTES = new Set(['"', '\u201c', '\u201d', '\u201e', '\u00ab', '\u00bb']);
const CURLY_APOSTROPHES = /[\u2018\u2019`]/g;
const TRAILING_SEPARATORS = /[,;:]+$/;

function isQuote(ch: string | undefined): boolean {
  return ch !== undefined && QUOTES.has(ch);
}

function keyOf(raw: string): string {
  return raw.toLowerCase().replace(CURLY_APOSTROPHES, "'").replace(TRAILING_SEPARATORS, '');
}

/** The text inside surrounding quotes ("Contoso Ltd" → Contoso Ltd), or the text itself. */
export function stripQuotes(text: string): string {
  return text.length >= 2 && isQuote(text[0]) && isQuote(text[text.length - 1]) ? text.slice(1, -1) : text;
}

function closesQuote(part: string): boolean {
  const bare = part.replace(TRAILING_SEPARATORS, '');
  return isQuote(bare[bare.length - 1]);
}

/** `text` must be normalised (single spaces, trimmed). */
export function tokenize(text: string): Token[] {
  if (text === '') return [];
  const parts = text.split(' ');
  const tokens: Token[] = [];
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i] ?? '';
    if (isQuote(part[0])) {
      let end = i;
      if (part.replace(TRAILING_SEPARATORS, '').length < 2 || !closesQuote(part)) {
        end = i + 1;
        while (end < parts.length && !closesQuote(parts[end] ?? '')) end++;
      }
      if (end < parts.length) {
        tokens.push({ raw: parts.slice(i, end + 1).join(' '), key: '', quoted: true });
        i = end;
        continue;
      }
    }
    tokens.push({ raw: part, key: keyOf(part), quoted: false });
  }
  return tokens;
}

const HAN = /\p{Script=Han}/u;

/**
 * Joins raw tokens back into text. A token read from a foreign phrase may have no text of its own (''); Chinese
 * has no spaces between words, so the ones that cutting it into words put there go again.
 */
export function joinRaw(tokens: readonly Token[]): string {
  return joinWords(tokens.map((t) => t.raw));
}

/** Words joined by spaces, but none between a word ending and a word starting with a Chinese character. */
export function joinWords(words: readonly string[]): string {
  let text = '';
  for (const word of words) {
    if (word === '') continue;
    const glued = text !== '' && HAN.test(text.at(-1) ?? '') && HAN.test(word[0] ?? '');
    text += text === '' || glued ? word : ` ${word}`;
  }
  return text;
}
