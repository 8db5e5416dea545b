// Adaptive Cards as plain terminal text, for `npm run chat`. A pure function of the card JSON: it never
// throws, skips what it cannot show, and numbers every Action.Submit so a person can "click" it by number.

import { displayWidth, stripAnsi, wrap } from './text-layout';

export interface CardAction {
  title: string;
  /** The Action.Submit `data`, as a client would submit it (undefined when the button has none). */
  data: unknown;
  /** The first bold line of the container the button sits in, e.g. the order it is for. */
  context?: string;
}

export interface CardText {
  text: string;
  /** The numbered buttons, in order: actions[0] is [firstNumber]. */
  actions: CardAction[];
}

export interface CardTextOptions {
  /** ANSI colours and bold (only for a TTY). Off by default. */
  color?: boolean;
  /** The number of the first button; later cards of one answer continue the count. Default 1. */
  firstNumber?: number;
}

type Json = Record<string, unknown>;

interface Line {
  text: string;
  kind?: 'rule' | 'blank';
  /** Bold or a heading: the first such line of a container names what its buttons are about. */
  strong?: boolean;
  /** The last line of a heading: drawn with a ─ underline this wide below it. */
  underline?: number;
}

const MAX_DEPTH = 40;
const MAX_RULE = 60;
const MIN_WIDTH = 20;
const COLUMN_JOINER = ' · ';
const BUTTON_GAP = '   ';

const ANSI = {
  bold: '1',
  dim: '2',
  underline: '4',
  red: '31',
  green: '32',
  yellow: '33',
  blue: '34',
  cyan: '36',
};

/** Renders an Adaptive Card as readable text, with its Action.Submit buttons numbered. */
export function cardToText(card: unknown, width?: number, options: CardTextOptions = {}): CardText {
  const renderer = new Renderer(
    Math.max(MIN_WIDTH, Math.floor(width ?? (process.stdout.columns || 100))),
    options.color ?? false,
    options.firstNumber ?? 1,
  );
  try {
    return { text: renderer.card(card), actions: renderer.actions };
  } catch {
    // Defensive only: every element is read as unknown, so this is not expected to happen.
    return { text: '[this card could not be shown]', actions: renderer.actions };
  }
}

class Renderer {
  readonly actions: CardAction[] = [];
  /** What the buttons being rendered are about (see CardAction.context). */
  private context: string | undefined;

  constructor(
    private readonly width: number,
    private readonly color: boolean,
    private readonly firstNumber: number,
  ) {}

  card(card: unknown): string {
    if (typeof card === 'string') return finish(this.wrapLines(card, this.width), this.width, this);
    if (!isObject(card)) return '';
    return finish(this.cardLines(card, this.width, 0), this.width, this);
  }

  paint(text: string, ...codes: string[]): string {
    if (!this.color || !text || codes.length === 0) return text;
    return `\x1b[${codes.join(';')}m${text}\x1b[0m`;
  }

  private cardLines(card: Json, width: number, depth: number): Line[] {
    // The card's own title would be no help as the context of its buttons: none at this level.
    const lines = this.elements(card.body, width, depth + 1, false);
    const outer = this.context;
    this.context = undefined;
    const actions = this.actionLines(card.actions, width, depth + 1);
    this.context = outer;
    if (actions.length > 0) {
      if (lines.length > 0) lines.push({ text: '', kind: 'blank' });
      lines.push(...actions);
    }
    return lines;
  }

  /** A list of elements, with separators as rules and large spacing as blank lines. */
  private elements(items: unknown, width: number, depth: number, captureContext = true): Line[] {
    const out: Line[] = [];
    if (!Array.isArray(items) || depth > MAX_DEPTH) return out;
    const outer = this.context;
    this.context = undefined;
    for (const item of items) {
      if (!isObject(item) || item.isVisible === false) continue;
      const lines = this.element(item, width, depth);
      if (lines.length === 0) continue;
      if (captureContext && this.context === undefined && lines[0]!.strong) {
        this.context = stripAnsi(lines[0]!.text);
      }
      if (out.length > 0) {
        if (item.separator === true) out.push({ text: '', kind: 'rule' });
        else if (/^(medium|large|extralarge)$/i.test(str(item.spacing)))
          out.push({ text: '', kind: 'blank' });
      }
      out.push(...lines);
    }
    this.context = outer;
    return out;
  }

  private element(el: Json, width: number, depth: number): Line[] {
    const lines = this.elementBody(el, width, depth);
    const select = isObject(el.selectAction) ? this.actionLines([el.selectAction], width, depth) : [];
    return [...lines, ...select];
  }

  private elementBody(el: Json, width: number, depth: number): Line[] {
    switch (str(el.type)) {
      case 'TextBlock':
        return this.textBlock(el, width);
      case 'RichTextBlock':
        return this.richTextBlock(el, width);
      case 'FactSet':
        return this.factSet(el.facts, width);
      case 'ColumnSet':
        return this.columns(Array.isArray(el.columns) ? el.columns : [], width, depth);
      case 'Table':
        return this.table(el, width, depth);
      case 'Container':
      case 'Column':
      case 'TableCell':
        return this.elements(el.items, width, depth + 1);
      case 'Image':
        return this.image(el, width);
      case 'ImageSet':
        return (Array.isArray(el.images) ? el.images : []).flatMap((image) =>
          isObject(image) ? this.image(image, width) : [],
        );
      case 'ActionSet':
        return this.actionLines(el.actions, width, depth + 1);
      case 'AdaptiveCard':
        return this.cardLines(el, width, depth);
      default:
        return this.unknown(el, width, depth);
    }
  }

  private textBlock(el: Json, width: number): Line[] {
    const text = markdown(str(el.text));
    if (!text.trim()) return [];
    const heading = isHeading(el);
    const styled = this.style(el, heading);
    let lines = this.wrapLines(text, width, styled);
    const maxLines = typeof el.maxLines === 'number' && el.maxLines > 0 ? Math.floor(el.maxLines) : 0;
    if (maxLines && lines.length > maxLines) {
      lines = lines.slice(0, maxLines);
      lines[maxLines - 1]!.text += '…';
    }
    if (heading) lines[lines.length - 1]!.underline = Math.max(...lines.map((l) => displayWidth(l.text)));
    if (heading || /^bolder$/i.test(str(el.weight))) lines[0]!.strong = true;
    return lines;
  }

  private richTextBlock(el: Json, width: number): Line[] {
    const inlines = Array.isArray(el.inlines) ? el.inlines : [];
    const text = inlines
      .map((inline) => {
        if (typeof inline === 'string') return inline;
        if (!isObject(inline) || inline.isVisible === false) return '';
        return this.paint(str(inline.text), ...this.codes(inline, false));
      })
      .join('');
    if (!stripAnsi(text).trim()) return [];
    return this.wrapLines(text, width);
  }

  /** "title  value" with the titles padded to one column; a very long title goes on its own line. */
  private factSet(facts: unknown, width: number): Line[] {
    const rows = (Array.isArray(facts) ? facts : [])
      .filter(isObject)
      .map((f) => ({ title: markdown(str(f.title)), value: markdown(str(f.value)) }))
      .filter((f) => f.title.trim() || f.value.trim());
    if (rows.length === 0) return [];
    const cap = Math.max(8, Math.floor(width * 0.4));
    const column = Math.min(cap, Math.max(...rows.map((r) => displayWidth(r.title))));
    const out: Line[] = [];
    for (const { title, value } of rows) {
      const titleWidth = displayWidth(title);
      if (titleWidth > column) {
        out.push(...this.wrapLines(title, width, (t) => this.paint(t, ANSI.bold)));
        out.push(...this.indent(this.wrapLines(value, width - 2), '  '));
        continue;
      }
      const gutter = column + 2;
      const values = this.wrapLines(value || ' ', Math.max(10, width - gutter));
      const head = this.paint(title, ANSI.bold) + ' '.repeat(gutter - titleWidth);
      values.forEach((line, i) => {
        out.push({ text: (i === 0 ? head : ' '.repeat(gutter)) + line.text });
      });
    }
    return out.map((line) => ({ text: line.text.trimEnd() }));
  }

  /** Columns side by side (joined with " · ") when each is one line and they fit, else one under another. */
  private columns(columns: unknown[], width: number, depth: number): Line[] {
    const rendered = columns
      .filter((c): c is Json => isObject(c) && c.isVisible !== false)
      .map((c) => {
        const lines = trim(this.elements(c.items, width, depth + 1));
        const select = isObject(c.selectAction) ? this.actionLines([c.selectAction], width, depth) : [];
        return [...lines, ...select];
      })
      .filter((lines) => lines.length > 0);
    if (rendered.length === 0) return [];
    if (rendered.every((lines) => lines.length === 1)) {
      const joined = rendered.map((lines) => lines[0]!.text).join(this.paint(COLUMN_JOINER, ANSI.dim));
      const joinedWidth = displayWidth(joined);
      if (joinedWidth <= width) {
        const line: Line = { text: joined };
        if (rendered.some((lines) => lines[0]!.underline !== undefined)) line.underline = joinedWidth;
        if (rendered.some((lines) => lines[0]!.strong)) line.strong = true;
        return [line];
      }
    }
    return rendered.flat();
  }

  private table(el: Json, width: number, depth: number): Line[] {
    const rows = Array.isArray(el.rows) ? el.rows : [];
    return rows.flatMap((row) =>
      isObject(row) && Array.isArray(row.cells) ? this.columns(row.cells, width, depth + 1) : [],
    );
  }

  private image(el: Json, width: number): Line[] {
    const alt = str(el.altText).trim();
    return alt ? this.wrapLines(`[image: ${alt}]`, width, (t) => this.paint(t, ANSI.dim)) : [];
  }

  /** Types this renderer does not know: their text or title, and their items if they have any. */
  private unknown(el: Json, width: number, depth: number): Line[] {
    const lines: Line[] = [];
    for (const key of ['title', 'text']) {
      const value = str(el[key]);
      if (value.trim()) lines.push(...this.wrapLines(markdown(value), width));
    }
    lines.push(...this.elements(el.items, width, depth + 1));
    return lines;
  }

  /** Buttons: [n] for Action.Submit, ↗ for links, ▸ and the card itself for Action.ShowCard. */
  private actionLines(actions: unknown, width: number, depth: number): Line[] {
    if (!Array.isArray(actions) || depth > MAX_DEPTH) return [];
    const out: Line[] = [];
    let buttons: string[] = [];
    const flush = () => {
      if (buttons.length > 0) out.push(...this.joinButtons(buttons, width));
      buttons = [];
    };
    for (const action of actions) {
      if (!isObject(action) || action.isVisible === false) continue;
      const type = str(action.type);
      const title = markdown(str(action.title)).trim();
      if (type === 'Action.Submit' && action.isEnabled !== false) {
        const number = this.firstNumber + this.actions.length;
        this.actions.push({
          title: title || 'Submit',
          data: action.data,
          ...(this.context ? { context: this.context } : {}),
        });
        buttons.push(
          `${this.paint(`[${number}]`, ANSI.bold, ANSI.cyan)} ${this.paint(title || 'Submit', ANSI.bold)}`,
        );
      } else if (type === 'Action.OpenUrl') {
        flush();
        const url = str(action.url);
        const label = title && url ? `${title}: ${url}` : title || url;
        if (label) out.push(...this.wrapLines(`↗ ${label}`, width, (t) => this.paint(t, ANSI.blue)));
      } else if (type === 'Action.ShowCard') {
        flush();
        out.push(...this.wrapLines(`▸ ${title || 'More'}`, width, (t) => this.paint(t, ANSI.bold)));
        if (isObject(action.card)) {
          out.push(...this.indent(trim(this.cardLines(action.card, width - 2, depth + 1)), '  '));
        }
      } else if (type === 'Action.ToggleVisibility') {
        // It would show elements that are hidden (isVisible: false), and those are not printed.
      } else if (title) {
        // Action.Execute, a disabled Submit, or a type from the future: shown, but not clickable here.
        buttons.push(this.paint(`(${title})`, ANSI.dim));
      }
    }
    flush();
    return out;
  }

  private joinButtons(buttons: string[], width: number): Line[] {
    const lines: Line[] = [];
    let current = '';
    for (const button of buttons) {
      const candidate = current ? current + BUTTON_GAP + button : button;
      if (current && displayWidth(candidate) > width) {
        lines.push({ text: current });
        current = button;
      } else current = candidate;
    }
    if (current) lines.push(...this.wrapLines(current, width));
    return lines;
  }

  private style(el: Json, heading: boolean): (text: string) => string {
    const codes = this.codes(el, heading);
    return (text) => this.paint(text, ...codes);
  }

  private codes(el: Json, heading: boolean): string[] {
    const codes: string[] = [];
    if (heading || /^bolder$/i.test(str(el.weight))) codes.push(ANSI.bold);
    if (el.isSubtle === true) codes.push(ANSI.dim);
    if (el.italic === true) codes.push('3');
    if (el.strikethrough === true) codes.push('9');
    if (el.underline === true) codes.push(ANSI.underline);
    const color = COLORS[str(el.color).toLowerCase()];
    if (color) codes.push(color);
    return codes;
  }

  private wrapLines(text: string, width: number, style: (text: string) => string = (t) => t): Line[] {
    return text
      .replace(/\r\n?/g, '\n')
      .split('\n')
      .flatMap((paragraph) => wrap(paragraph, Math.max(1, width)))
      .map((line) => ({ text: style(line) }));
  }

  private indent(lines: Line[], prefix: string): Line[] {
    return lines.map((line) => (line.kind === 'blank' ? line : { ...line, text: prefix + line.text }));
  }
}

const COLORS: Record<string, string> = {
  good: ANSI.green,
  warning: ANSI.yellow,
  attention: ANSI.red,
  accent: ANSI.cyan,
};

function isHeading(el: Json): boolean {
  const size = str(el.size).toLowerCase();
  return size === 'large' || size === 'extralarge' || (size === 'medium' && /^bolder$/i.test(str(el.weight)));
}

/** Headings get a ─ underline, rules a dim line; blank lines never repeat, lead or trail. */
function finish(lines: Line[], width: number, r: Renderer): string {
  const out: string[] = [];
  const rule = r.paint('─'.repeat(Math.min(width, MAX_RULE)), ANSI.dim);
  let underlined = false;
  for (const line of trim(collapse(lines))) {
    // A heading's underline already separates it from what follows.
    if (underlined && line.kind !== undefined) continue;
    underlined = !!line.underline && line.kind === undefined;
    if (line.kind === 'rule') out.push(rule);
    else if (line.kind === 'blank') out.push('');
    else {
      out.push(line.text);
      if (line.underline) out.push(r.paint('─'.repeat(Math.min(width, line.underline)), ANSI.dim));
    }
  }
  return out.join('\n');
}

/** No blank next to a rule or another blank, no two rules in a row. */
function collapse(lines: Line[]): Line[] {
  const out: Line[] = [];
  for (const line of lines) {
    const previous = out[out.length - 1];
    const isGap = line.kind === 'blank' || line.kind === 'rule';
    if (isGap && previous && (previous.kind === 'blank' || previous.kind === 'rule')) {
      if (line.kind === 'rule') out[out.length - 1] = line;
      continue;
    }
    out.push(line);
  }
  return out;
}

function trim(lines: Line[]): Line[] {
  const isGap = (line: Line | undefined) => line?.kind === 'blank' || line?.kind === 'rule';
  let start = 0;
  let end = lines.length;
  while (start < end && isGap(lines[start])) start++;
  while (end > start && isGap(lines[end - 1])) end--;
  return lines.slice(start, end);
}

// CommonMark's backslash escapes (src/cards/plain-text.ts writes them): the character is text, not Markdown.
const ESCAPED = /\\([!-/:-@[-`{-~])/g;
const LITERAL = /\uE000(\d+)\uE001/g;

/** The little Markdown TextBlocks support: **bold** loses its stars, [text](url) shows both, \* is a star. */
function markdown(text: string): string {
  // Escaped characters are set aside first, so an escaped `[` or `*` makes no link or bold.
  const literal: string[] = [];
  return text
    .replace(ESCAPED, (_, c: string) => `\uE000${literal.push(c) - 1}\uE001`)
    .replace(/\[([^\]\n]+)\]\((\S+?)\)/g, (_, label: string, url: string) =>
      label === url ? url : `${label} (${url})`,
    )
    .replace(/\*\*([^*\n]+)\*\*/g, '$1')
    .replace(/\{\{(?:DATE|TIME)\(([^,)]+)(?:,\s*\w+)?\)\}\}/g, '$1')
    .replace(LITERAL, (match, i: string) => literal[Number(i)] ?? match);
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function str(value: unknown): string {
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';
}
