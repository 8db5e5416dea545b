// "refresh [customers]" in the other languages: "atualizar clientes", "刷新客户", "aggiorna clienti". Inside
// another command the same word skips the cache ("pedidos de contoso atualizar").
import type { CommandLanguages } from '../parse/languages/types';
import type { RefreshCommand } from './payload';

export const refreshLanguages: CommandLanguages<RefreshCommand> = {
  'pt-BR': {
    phrases: {
      atualizar: 'refresh',
      atualize: 'refresh',
      recarregar: 'refresh',
      'lista de clientes': 'customer-list',
      diretório: 'directory',
    },
    typoTargets: ['atualizar'],
    name: 'atualizar',
    help: [{ command: 'atualizar', example: 'atualizar' }],
    format: () => 'atualizar',
  },
  'zh-CN': {
    phrases: { 刷新: 'refresh', 客户列表: 'customer-list', 客户目录: 'directory' },
    typoTargets: [],
    name: '刷新',
    help: [{ command: '刷新', example: '刷新' }],
    format: () => '刷新',
  },
  it: {
    phrases: {
      aggiorna: 'refresh',
      aggiornare: 'refresh',
      ricarica: 'refresh',
      'elenco clienti': 'customer-list',
      'elenco dei clienti': 'customer-list',
    },
    typoTargets: ['aggiorna'],
    name: 'aggiorna',
    help: [{ command: 'aggiorna', example: 'aggiorna' }],
    format: () => 'aggiorna',
  },
};
