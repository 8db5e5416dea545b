import { MAX_CARD_BYTES } from '../../src/cards';
import { cardProblems, expectValidCard } from './validate-card';

const card = (body: unknown[], extra: Record<string, unknown> = {}) => ({
  $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
  type: 'AdaptiveCard',
  version: '1.5',
  body,
  ...extra,
});

describe('expectValidCard', () => {
  it('accepts a valid card', () => {
    expectValidCard(
      card([{ type: 'TextBlock', text: 'Hello', color: 'Good', wrap: true }], {
        actions: [{ type: 'Action.Submit', title: 'Go', data: { verb: 'x', text: '' } }],
      }),
    );
  });

  it.each([
    ['a version Teams does not render', { ...card([]), version: '1.6' }, /version is 1.6/],
    ['something else than a card', { type: 'Message' }, /type is Message/],
    [
      'an unresolved binding',
      card([{ type: 'TextBlock', text: 'Hi ${name}' }]),
      /unresolved binding near: \$\{name\}/,
    ],
    [
      'an invalid property value',
      card([{ type: 'TextBlock', text: 'x', color: 'Purple' }]),
      /InvalidPropertyValue/,
    ],
    ['an unknown element', card([{ type: 'Carousel3D' }]), /UnknownElementType/],
    [
      'duplicate ids',
      card([
        { type: 'TextBlock', text: 'a', id: 'x' },
        { type: 'TextBlock', text: 'b', id: 'x' },
      ]),
      /DuplicateId/,
    ],
    ['an empty TextBlock', card([{ type: 'TextBlock', text: ' ' }]), /TextBlock without text/],
    [
      'an untitled button',
      card([{ type: 'ActionSet', actions: [{ type: 'Action.Submit', data: {} }] }]),
      /button without title/,
    ],
    [
      'too many bytes',
      card([{ type: 'TextBlock', text: 'x'.repeat(MAX_CARD_BYTES) }]),
      /bytes, more than MAX_CARD_BYTES/,
    ],
  ])('rejects %s', (_what, bad, problem) => {
    expect(cardProblems(bad)).toEqual(expect.arrayContaining([expect.stringMatching(problem)]));
    expect(() => expectValidCard(bad)).toThrow();
  });
});
