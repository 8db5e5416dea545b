// What asks for a change in the other languages ("cancelar pedido <id>", "取消订单 <id>", "annulla ordine <id>"):
// read as the English words (words.ts), so the answer is the same "I only read Partner Center". Never offered
// as a correction, like the English ones.
import type { CommandLanguages } from '../parse/languages/types';
import type { ChangeRequestCommand } from './payload';

export const changeRequestLanguages: CommandLanguages<ChangeRequestCommand> = {
  'pt-BR': {
    phrases: {
      cancelar: 'cancel',
      cancele: 'cancel',
      suspender: 'suspend',
      suspenda: 'suspend',
      reativar: 'reactivate',
    },
    typoTargets: [],
    name: 'alteração',
    help: [],
  },
  'zh-CN': {
    phrases: { 取消: 'cancel', 暂停: 'suspend', 退款: 'refund' },
    typoTargets: [],
    name: '更改',
    help: [],
  },
  it: {
    phrases: { annulla: 'cancel', annullare: 'cancel', sospendi: 'suspend', riattiva: 'reactivate' },
    typoTargets: [],
    name: 'modifica',
    help: [],
  },
};
