import type { CommandStrings, Locale } from '../definition';

/** Help, menu, and the card's own lines ({count} customers, loaded at {time}: a date and time with its zone). */
export interface RefreshStrings extends CommandStrings {
  card: { done: string; note: string; unavailable: string };
}

export const refreshStrings: Readonly<Record<Locale, RefreshStrings>> = {
  en: {
    card: {
      done: 'The customer list holds {count} customers.',
      note: 'Loaded from Partner Center on {time}. Names, domains and tenant ids now resolve from it.',
      unavailable: 'This bot keeps no customer list: customers are looked up in Partner Center each time.',
    },
    help: [
      {
        command: 'refresh',
        description: 'Reloads the customer list from Partner Center and says how many customers it holds.',
        example: 'refresh',
      },
    ],
    menu: { title: 'refresh', description: 'Reload the customer list from Partner Center' },
  },
  'pt-BR': {
    card: {
      done: 'A lista de clientes contém {count} clientes.',
      note: 'Carregada do Partner Center em {time}. Nomes, domínios e IDs de locatário agora são resolvidos a partir dela.',
      unavailable:
        'Este bot não mantém uma lista de clientes: os clientes são consultados no Partner Center a cada vez.',
    },
    help: [
      {
        command: 'refresh',
        description: 'Recarrega a lista de clientes do Partner Center e diz quantos clientes ela contém.',
        example: 'refresh',
      },
    ],
    menu: { title: 'atualizar', description: 'Recarregar a lista de clientes do Partner Center' },
  },
  'zh-CN': {
    card: {
      done: '客户列表包含 {count} 个客户。',
      note: '于 {time} 从合作伙伴中心加载。名称、域和租户 ID 现在从该列表解析。',
      unavailable: '此机器人不保存客户列表：每次都在合作伙伴中心查找客户。',
    },
    help: [
      {
        command: 'refresh',
        description: '从合作伙伴中心重新加载客户列表，并显示其中的客户数。',
        example: 'refresh',
      },
    ],
    menu: { title: '刷新', description: '从合作伙伴中心重新加载客户列表' },
  },
  it: {
    card: {
      done: "L'elenco dei clienti contiene {count} clienti.",
      note: "Caricato dal Centro per i partner il {time}. Nomi, domini e ID tenant vengono ora risolti dall'elenco.",
      unavailable:
        'Questo bot non tiene un elenco dei clienti: i clienti vengono cercati ogni volta nel Centro per i partner.',
    },
    help: [
      {
        command: 'refresh',
        description: "Ricarica l'elenco dei clienti dal Centro per i partner e dice quanti clienti contiene.",
        example: 'refresh',
      },
    ],
    menu: { title: 'aggiorna', description: "Ricarica l'elenco dei clienti dal Centro per i partner" },
  },
};
