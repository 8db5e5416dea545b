// Issue 10: Chinese text uses full-width punctuation (，：；？！（）), not ASCII, next to Chinese characters.
import { zhCN } from '../../src/cards/strings/zh-CN';
import { COMMANDS } from '../../src/commands/registry';

const HALF_WIDTH_NEXT_TO_HAN = /[\p{Script=Han}][,:;?!()]|[,:;?!()]\s*[\p{Script=Han}]/u;

function strings(value: unknown, path: string): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => strings(v, `${path}.${k}`));
  return [];
}

describe('zh-CN punctuation', () => {
  const all = [...strings(zhCN, 'zhCN'), ...COMMANDS.flatMap((c) => strings(c.strings['zh-CN'], c.kind))];
  it.each(
    all.filter(
      ([path]) => !path.endsWith('.example') && !path.endsWith('.command') && !path.endsWith('menu.title'),
    ),
  )('%s', (_path, text) => {
    expect(text).not.toMatch(HALF_WIDTH_NEXT_TO_HAN);
  });
});
