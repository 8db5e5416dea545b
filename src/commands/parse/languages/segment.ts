// Text as typed in Chinese: full-width punctuation and letters are folded to their ASCII forms, and words are
// written without spaces, so the known words (the lexicon's) are cut out of the text before it is tokenised:
// "contoso的订单" → "contoso 的 订单", "订单eeba9d00的订阅" → "订单 eeba9d00 的 订阅". A one-character word (的, 为,
// 自) is cut out only beside a known word or a non-Chinese character, so "自然科技" stays a name. Quoted text is
// left whole: quoting is how a name that holds a known word is typed (“今天科技”的订单).

const FULL_WIDTH = /[\uff01-\uff5e]/g;
const IDEOGRAPHIC = /[\u3001\u3002\u300c\u300d\u300e\u300f\u3000]/g;
const IDEOGRAPHIC_ASCII: Readonly<Record<string, string>> = {
  '\u3001': ', ',
  '\u3002': '. ',
  '\u300c': ' \u201c',
  '\u300d': '\u201d ',
  '\u300e': ' \u201c',
  '\u300f': '\u201d ',
  '\u3000': ' ',
};
const SPACED_AFTER = new Set([',', ';', ':', '!', '?', ')']);
const HAN = /\p{Script=Han}/u;
const QUOTED =
  /(["\u201c\u201d\u201e\u00ab\u00bb][^"\u201c\u201d\u201e\u00ab\u00bb]*["\u201c\u201d\u201e\u00ab\u00bb])/;
// Chinese dates, to the forms the date phrases read: 2018年3月10日 → 2018-3-10; 最近7天 → 最近 7 天.
const CHINESE_DATES: readonly [RegExp, string][] = [
  [/(最近|过去)\s*(\d{1,6})\s*个?\s*(天|日|周|星期)/g, ' $1 $2 $3 '],
  [/(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]/g, ' $1-$2-$3 '],
  [/(\d{4})\s*年\s*(\d{1,2})\s*月/g, ' $1-$2 '],
  [/(\d{4})\s*年/g, ' $1 '],
  [/(?<![\dA-Za-z_-])(\d{1,2})\s*[日号]/g, ' $1 '],
];

/**
 * Full-width letters, digits and punctuation (ＡＢＣ１２３，？) as ASCII, ideographic punctuation as ASCII: in a
 * text with Chinese in it (or only "？"), as a Chinese keyboard types it. Other text is left as typed.
 */
export function foldWidth(text: string): string {
  if (!/[\uff01-\uff5e\u3000-\u300f]/.test(text)) return text;
  if (!HAN.test(text) && !/^[\s\uff1f?]+$/.test(text)) return text;
  return text
    .replace(FULL_WIDTH, (ch) => {
      const ascii = String.fromCharCode(ch.charCodeAt(0) - 0xfee0);
      return SPACED_AFTER.has(ascii) ? `${ascii} ` : ascii;
    })
    .replace(IDEOGRAPHIC, (ch) => IDEOGRAPHIC_ASCII[ch] ?? ch);
}

/** Cuts `words` (longest first) out of the Chinese in `text`, outside quotes. */
export function segment(text: string, words: readonly string[]): string {
  if (!HAN.test(text)) return text;
  return text
    .split(QUOTED)
    .map((part, i) => (i % 2 === 1 ? ` ${part} ` : cut(chineseDates(part), words)))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}

function chineseDates(text: string): string {
  return CHINESE_DATES.reduce((out, [pattern, replacement]) => out.replace(pattern, replacement), text);
}

interface Piece {
  text: string;
  known: boolean;
}

function cut(text: string, words: readonly string[]): string {
  if (!HAN.test(text)) return text;
  const pieces: Piece[] = [];
  let plain = '';
  for (let i = 0; i < text.length;) {
    const word = HAN.test(text[i]!) ? words.find((w) => text.startsWith(w, i)) : undefined;
    if (word === undefined) {
      plain += text[i];
      i++;
      continue;
    }
    if (plain) pieces.push({ text: plain, known: false });
    plain = '';
    pieces.push({ text: word, known: true });
    i += word.length;
  }
  if (plain) pieces.push({ text: plain, known: false });
  return pieces
    .map((piece, i) => {
      if (!piece.known) return piece.text;
      if (piece.text.length > 1 || standsApart(pieces[i - 1], pieces[i + 1])) return ` ${piece.text} `;
      // A one-character word between Chinese characters of a name is the name's: glue it back.
      return piece.text;
    })
    .join('');
}

/** A one-character word stands apart beside a known word or a character that is not Chinese (not a space). */
function standsApart(before: Piece | undefined, after: Piece | undefined): boolean {
  const side = (piece: Piece | undefined, edge: string | undefined): boolean =>
    piece !== undefined && (piece.known || (edge !== undefined && !HAN.test(edge) && !/\s/.test(edge)));
  return side(before, before?.text.at(-1)) || side(after, after?.text[0]);
}
