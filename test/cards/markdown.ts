// How a host would read a card's text: the adaptivecards library's Markdown step (AdaptiveCard.applyMarkdown)
// with markdown-it, the processor its renderer uses, and its {{DATE()}}/{{TIME()}} functions.

import type * as AdaptiveCardsTypes from 'adaptivecards';
import MarkdownIt from 'markdown-it';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const AC = require('adaptivecards/dist/adaptivecards.js') as typeof AdaptiveCardsTypes;

const markdown = new MarkdownIt();
AC.AdaptiveCard.onProcessMarkdown = (text, result) => {
  result.outputHtml = markdown.render(text);
  result.didProcess = true;
};

// The pattern the renderers look for (text-formatters in adaptivecards), minus the strict date format.
const DATE_FUNCTION = /\{\{(DATE|TIME)\(/;

/** The HTML the library's Markdown step makes of a TextBlock text or a Fact title/value. */
export function renderMarkdown(text: string): string {
  return String(AC.AdaptiveCard.applyMarkdown(text).outputHtml ?? '');
}

/** The text a user would see: the HTML's one paragraph, tags dropped, entities decoded. */
export function visibleText(text: string): string {
  return renderMarkdown(text)
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .trim();
}

/** Every text of the card that Markdown or a date function would change beyond one plain paragraph. */
export function markupProblems(card: unknown): string[] {
  const problems: string[] = [];
  for (const { path, text } of cardTexts(card)) {
    const html = renderMarkdown(text).trim();
    const inner = html.replace(/^<p>/, '').replace(/<\/p>$/, '');
    if (!html.startsWith('<p>') || inner.includes('<')) problems.push(`${path}: ${text} → ${html}`);
    if (DATE_FUNCTION.test(text)) problems.push(`${path}: date function in ${text}`);
    if (text.includes('${')) problems.push(`${path}: template expression in ${text}`);
  }
  return problems;
}

/** TextBlock texts and Fact titles and values, with their JSON paths. */
export function cardTexts(node: unknown, path = '$'): { path: string; text: string }[] {
  if (Array.isArray(node)) return node.flatMap((item, i) => cardTexts(item, `${path}[${i}]`));
  if (!node || typeof node !== 'object') return [];
  const element = node as Record<string, unknown>;
  const found: { path: string; text: string }[] = [];
  if (element.type === 'TextBlock' && typeof element.text === 'string')
    found.push({ path: `${path}.text`, text: element.text });
  if (typeof element.title === 'string' && typeof element.value === 'string') {
    found.push(
      { path: `${path}.title`, text: element.title },
      { path: `${path}.value`, text: element.value },
    );
  }
  for (const [key, value] of Object.entries(element)) {
    if (key !== 'data') found.push(...cardTexts(value, `${path}.${key}`));
  }
  return found;
}
