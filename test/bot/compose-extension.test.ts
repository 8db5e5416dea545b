// Reading Teams' message-extension invokes and the shapes of the answers (the turn itself is tested end to end in
// test/e2e/compose-extension.test.ts).
import {
  COMPOSED_VERB,
  composedCard,
  emptyResult,
  isComposed,
  readComposeInvoke,
} from '../../src/bot/compose-extension';
import { cardObjects, submitActions } from '../cards/card-fixtures';

describe('readComposeInvoke', () => {
  it('reads the search command: its query, or nothing for initialRun, and the page asked for', () => {
    expect(
      readComposeInvoke('composeExtension/query', {
        commandId: 'searchPartnerCenter',
        parameters: [{ name: 'query', value: '  contoso ' }],
        queryOptions: { skip: 25, count: 25 },
      }),
    ).toEqual({ kind: 'query', query: 'contoso', skip: 25, count: 25 });
    expect(
      readComposeInvoke('composeExtension/query', {
        commandId: 'searchPartnerCenter',
        parameters: [{ name: 'initialRun', value: 'true' }],
      }),
    ).toEqual({ kind: 'query', query: '', skip: 0, count: 25 });
    expect(
      readComposeInvoke('composeExtension/query', {
        commandId: 'searchPartnerCenter',
        parameters: [{ name: 'query', value: 'x'.repeat(2_000) }],
      }),
    ).toMatchObject({ query: 'x'.repeat(500) });
  });

  it.each([
    ['another command', { commandId: 'other', parameters: [] }],
    ['no command', { parameters: [{ name: 'query', value: 'x' }] }],
    ['a string', 'contoso'],
    ['a negative skip', { commandId: 'searchPartnerCenter', queryOptions: { skip: -1 } }],
  ])('ignores a query with %s', (_what, value) => {
    expect(readComposeInvoke('composeExtension/query', value).kind).toBe('ignored');
  });

  it('reads a link, and a chosen item as Teams hands back its tap value (also as JSON text)', () => {
    expect(readComposeInvoke('composeExtension/queryLink', { url: 'https://x' })).toEqual({
      kind: 'link',
      url: 'https://x',
    });
    expect(readComposeInvoke('composeExtension/queryLink', {}).kind).toBe('ignored');
    expect(readComposeInvoke('composeExtension/selectItem', { pcbot: 'run' })).toEqual({
      kind: 'select',
      value: { pcbot: 'run' },
    });
    expect(readComposeInvoke('composeExtension/selectItem', '{"pcbot":"run"}')).toEqual({
      kind: 'select',
      value: { pcbot: 'run' },
    });
    expect(readComposeInvoke('composeExtension/anonymousQueryLink', { url: 'https://x' }).kind).toBe(
      'ignored',
    );
  });

  it('answers "nothing" as an empty result list', () => {
    expect(emptyResult()).toEqual({
      status: 200,
      body: { composeExtension: { type: 'result', attachmentLayout: 'list', attachments: [] } },
    });
  });
});

describe('composedCard', () => {
  const run = (kind: string) => ({ pcbot: 'run', command: { kind } });
  const card = {
    type: 'AdaptiveCard',
    version: '1.5',
    refresh: {
      action: { type: 'Action.Execute', verb: 'pcbot.refresh', data: run('order') },
      userIds: ['29:a'],
    },
    body: [
      {
        type: 'ActionSet',
        actions: [{ type: 'Action.Submit', title: 'Details', data: run('order'), style: 'positive' }],
      },
      { type: 'Container', selectAction: { type: 'Action.Submit', data: run('orders') }, items: [] },
    ],
    actions: [
      { type: 'Action.Submit', title: 'More', data: run('orders') },
      { type: 'Action.OpenUrl', title: 'Open', url: 'https://partner.microsoft.com/' },
    ],
  };

  it('turns every Action.Submit into an Action.Execute with the same data, marked, and marks the refresh', () => {
    const composed = composedCard(card);
    expect(submitActions(composed)).toEqual([]);
    const executes = cardObjects(composed).filter((o) => o.type === 'Action.Execute');
    expect(executes).toHaveLength(4);
    for (const action of executes) expect(isComposed(action.data)).toBe(true);
    expect(executes.filter((a) => a.verb === COMPOSED_VERB)).toHaveLength(3);
    expect(cardObjects(composed).find((o) => o.title === 'Details')).toMatchObject({
      style: 'positive',
      data: { ...run('order'), composed: true },
    });
    expect(cardObjects(composed).find((o) => o.type === 'Action.OpenUrl')).toEqual(card.actions[1]);
    // The card given is left as it was.
    expect(submitActions(card)).toHaveLength(3);
  });

  it('tells composed data from any other', () => {
    expect(isComposed({ ...run('order'), composed: true })).toBe(true);
    for (const other of [run('order'), undefined, null, 'composed', { composed: 'true' }])
      expect(isComposed(other)).toBe(false);
  });
});
