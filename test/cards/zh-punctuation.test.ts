// Issue 10: Chinese text uses full-width punctuation (，：；？！（）), not ASCII, next to Chinese characters.
import { zhCN } from '../../src/cards/strings/zh-CN';
import { orderDetailCard } from '../../src/commands/order/card';
import { ordersSummaryCard } from '../../src/commands/orders/card';
import {
  actions,
  cardTexts,
  contoso,
  licenseOrder,
  licenseSubscription,
  offerSubscription,
} from './card-fixtures';
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

describe('zh-CN cards', () => {
  it('compose headings, labels and breakdowns with full-width punctuation', () => {
    const card = orderDetailCard(
      {
        customer: contoso,
        order: licenseOrder,
        subscriptions: [licenseSubscription, offerSubscription],
        actions,
      },
      { locale: 'zh-CN' },
    );
    const texts = cardTexts(card);
    expect(texts).toContain('订单项（1）');
    expect(texts).toContain('订阅（2）');
    expect(texts.some((t) => t.startsWith('订阅 ID：'))).toBe(true);
    const list = ordersSummaryCard(
      {
        customer: contoso,
        filters: {},
        orders: [licenseOrder],
        offset: 0,
        actions,
        subscriptionsByOrder: new Map([[licenseOrder.id, [licenseSubscription, offerSubscription]]]),
      },
      { locale: 'zh-CN' },
    );
    expect(cardTexts(list).join('\n')).toContain('2 个订阅（1 个已暂停，1 个有效）');
  });
});
