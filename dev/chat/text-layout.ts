// Terminal text layout: display widths (ANSI escapes take none, CJK and emoji two columns) and word wrap.

/** The width a terminal gives the text: ANSI escapes take none, CJK and emoji take two columns. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const token of tokens(text)) width += token.width;
  return width;
}

export function stripAnsi(text: string): string {
  return text.replace(ANSI_PATTERN, '');
}

// eslint-disable-next-line no-control-regex
const ANSI_PATTERN = /\x1b\[[0-9;]*m/g;

interface TextRun {
  text: string;
  width: number;
}

/** Characters and ANSI escapes, with the columns each takes. */
function tokens(text: string): TextRun[] {
  const out: TextRun[] = [];
  let i = 0;
  while (i < text.length) {
    if (text[i] === '\x1b') {
      const match = /^\x1b\[[0-9;]*m/.exec(text.slice(i)); // eslint-disable-line no-control-regex
      if (match) {
        out.push({ text: match[0], width: 0 });
        i += match[0].length;
        continue;
      }
    }
    const cp = text.codePointAt(i)!;
    const char = String.fromCodePoint(cp);
    out.push({ text: char, width: charWidth(cp) });
    i += char.length;
  }
  return out;
}

function charWidth(cp: number): number {
  if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0)) return 0;
  if ((cp >= 0x300 && cp <= 0x36f) || (cp >= 0x200b && cp <= 0x200f) || (cp >= 0xfe00 && cp <= 0xfe0f)) {
    return 0;
  }
  const wide =
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0xa4cf && cp !== 0x303f) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x1f300 && cp <= 0x1f64f) ||
    (cp >= 0x1f900 && cp <= 0x1f9ff) ||
    (cp >= 0x20000 && cp <= 0x3fffd);
  return wide ? 2 : 1;
}

/** Word wrap at spaces; a word wider than the line (or CJK text without spaces) is broken anywhere. */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let current = '';
  let currentWidth = 0;
  for (const word of text.split(' ')) {
    const w = displayWidth(word);
    if (current && currentWidth + 1 + w <= width) {
      current += ' ' + word;
      currentWidth += 1 + w;
      continue;
    }
    if (current || currentWidth > 0) lines.push(current);
    if (w <= width) {
      current = word;
      currentWidth = w;
      continue;
    }
    const pieces = breakWord(word, width);
    lines.push(...pieces.slice(0, -1));
    current = pieces[pieces.length - 1] ?? '';
    currentWidth = displayWidth(current);
  }
  lines.push(current);
  return lines.map((line) => line.trimEnd());
}

function breakWord(word: string, width: number): string[] {
  const pieces: string[] = [];
  let piece = '';
  let pieceWidth = 0;
  for (const token of tokens(word)) {
    if (pieceWidth + token.width > width && pieceWidth > 0) {
      pieces.push(piece);
      piece = '';
      pieceWidth = 0;
    }
    piece += token.text;
    pieceWidth += token.width;
  }
  pieces.push(piece);
  return pieces;
}
