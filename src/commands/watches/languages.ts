// "watches" in the other languages: "acompanhamentos", "关注列表", "ordini seguiti".
import type { CommandLanguages } from '../parse/languages/types';
import type { WatchesCommand } from './payload';

export const watchesLanguages: CommandLanguages<WatchesCommand> = {
  'pt-BR': {
    phrases: { acompanhamentos: 'watches', 'pedidos acompanhados': 'watches' },
    typoTargets: ['acompanhamentos'],
    name: 'acompanhamentos',
    help: [{ command: 'acompanhamentos', example: 'acompanhamentos' }],
    format: () => 'acompanhamentos',
  },
  'zh-CN': {
    phrases: { 关注列表: 'watches', 我的关注: 'my watches' },
    typoTargets: [],
    name: '关注列表',
    help: [{ command: '关注列表', example: '关注列表' }],
    format: () => '关注列表',
  },
  it: {
    phrases: { 'ordini seguiti': 'watches', monitoraggi: 'watches' },
    typoTargets: ['monitoraggi'],
    name: 'ordini seguiti',
    help: [{ command: 'ordini seguiti', example: 'ordini seguiti' }],
    format: () => 'ordini seguiti',
  },
};
