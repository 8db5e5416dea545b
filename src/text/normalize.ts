// Turns what Teams, the Emulator or a user's paste delivers into plain single-spaced text: mentions and
// HTML tags out, entities decoded, non-breaking spaces, line breaks and control characters to spaces.

const MENTION = /<at\b[^>]*>[^<]*<\/at>/gi;
const TAG = /<\/?[a-z][a-z0-9]*\b[^<>]*>/gi;
const ENTITY = /&(#\d{1,7}|#x[0-9a-f]{1,6}|[a-z]{2,8});/gi;
const INVISIBLE = /[\u200b\u2060\ufeff\u00ad]/g;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;
const SPACES = /\s+/g;
const LEADING_MENTIONS = /^(?:@\S+\s+)+/;
const LEADING_SLASH = /^[/!]+(?=\S)/;
const TRAILING_PUNCTUATION = /[\s?!.,;:…]+$/;
const ONLY_QUESTION_MARKS = /^[?\s]+$/;

const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  nbsp: ' ',
  ensp: ' ',
  emsp: ' ',
  thinsp: ' ',
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  lsquo: '\u2018',
  rsquo: '\u2019',
  ldquo: '\u201c',
  rdquo: '\u201d',
  ndash: '\u2013',
  mdash: '\u2014',
  hellip: '\u2026',
};

function decodeEntity(whole: string, body: string): string {
  if (body[0] !== '#') return NAMED_ENTITIES[body.toLowerCase()] ?? whole;
  const hex = body[1] === 'x' || body[1] === 'X';
  const code = Number.parseInt(body.slice(hex ? 2 : 1), hex ? 16 : 10);
  const valid = code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff);
  return valid ? String.fromCodePoint(code) : ' ';
}

export interface NormalizedText {
  /** Single-spaced, trimmed, without trailing ? ! . , ; : */
  text: string;
  /** The message was only question marks: "?" asks for help. */
  question: boolean;
}

export function normalizeText(input: string): NormalizedText {
  const flat = input
    .replace(MENTION, ' ')
    .replace(TAG, ' ')
    .replace(ENTITY, decodeEntity)
    .replace(INVISIBLE, '')
    .replace(CONTROL, ' ')
    .replace(SPACES, ' ')
    .trim()
    .replace(LEADING_MENTIONS, '')
    .replace(LEADING_SLASH, '');
  if (flat !== '' && ONLY_QUESTION_MARKS.test(flat)) return { text: '', question: true };
  return { text: flat.replace(TRAILING_PUNCTUATION, ''), question: false };
}
