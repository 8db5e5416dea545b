import type { Strings } from './en';
import { GLOSSARY, label } from './glossary';

const g = GLOSSARY['pt-BR'];

export const ptBR: Strings = {
  lang: 'pt',

  details: 'Detalhes',
  subscriptions: 'Assinaturas',
  orderDetails: 'Detalhes do pedido',
  orders: 'Pedidos',
  orderId: 'ID do pedido',
  created: 'Criado em',
  status: 'Status',
  billingCycle: 'Ciclo de cobrança',
  total: 'Total',
  transactionType: 'Tipo de transação',
  offerId: 'ID da oferta',
  quantity: 'Quantidade',
  subscriptionId: 'ID da assinatura',
  autoRenew: 'Renovação automática',
  commitmentEnd: 'Fim do compromisso',
  reseller: 'Revendedor',
  product: 'Produto',
  yes: 'Sim',
  no: 'Não',
  refreshFailedNotice: 'Não foi possível atualizar este cartão agora: ele mostra o que se sabia {ago}.',
  staleNotice:
    'Mostrando dados obtidos {ago}: o Partner Center não está respondendo agora, então isto pode estar desatualizado.',
  ordersDelay: 'Pedidos novos podem levar até 15 minutos para aparecer.',
  noSubscriptions: 'Nenhuma assinatura encontrada para este pedido.',
  helpTitle: 'O que eu posso fazer',
  customerNoMatch: 'Nenhum cliente corresponde a “{query}”.',
  orderNoMatch: 'O pedido “{query}” não foi encontrado para este cliente.',
  resellerNoMatch: 'Nenhum revendedor indireto corresponde a “{query}”.',
  closest: 'Mais próximos: {names}',
  errorDetail: 'Detalhe: {detail}',
  correlation: 'ID de correlação: {id} (informe ao suporte)',
  chooseTitle: 'Vários clientes correspondem a “{query}”',
  choosePrompt: 'Qual deles você quer dizer?',
  chooseMore: 'Mostrando {shown} de {total}. Digite mais do nome para restringir.',
  chooseNearTitle: 'Nenhum cliente corresponde exatamente a “{query}”',
  chooseNearPrompt: 'Você quis dizer:',

  subscriptionsCount: { zero: '{n} assinaturas', one: '{n} assinatura', other: '{n} assinaturas' },
  retryIn: {
    zero: 'Tente de novo em {n} segundos.',
    one: 'Tente de novo em {n} segundo.',
    other: 'Tente de novo em {n} segundos.',
  },

  statusNames: {
    unknown: 'Desconhecido',
    completed: label(g.completed),
    pending: label(g.pending),
    cancelled: label(g.cancelled),
    canceled: label(g.cancelled),
    pouploadcomplete: 'Envio da ordem de compra concluído',
    none: 'Nenhum',
    active: label(g.active),
    suspended: label(g.suspended),
    deleted: 'Excluída',
    disabled: 'Desabilitada',
    expired: 'Expirada',
  },
  // Masculine for an order (o pedido está pendente), feminine for a subscription (a assinatura está ativa).
  statusInSentence: {
    unknown: 'desconhecido',
    completed: g.completed.word,
    pending: g.pending.word,
    cancelled: g.cancelled.word,
    canceled: g.cancelled.word,
    pouploadcomplete: 'com o envio da ordem de compra concluído',
    none: 'sem status',
    active: g.active.word,
    suspended: g.suspended.word,
    deleted: 'excluída',
    disabled: 'desabilitada',
    expired: 'expirada',
  },
  billingCycles: {
    monthly: label(g.monthly),
    annual: label(g.annual),
    one_time: label(g.oneTime),
    none: 'Nenhum',
    triennial: label(g.triennial),
    biennial: label(g.biennial),
    unknown: 'Desconhecido',
  },
  // After "Cobrança" (feminine): "Cobrança: Nenhuma".
  billingTypes: { license: 'Por licença', usage: 'Por uso', none: 'Nenhuma' },
  transactionTypes: {
    userpurchase: 'Compra do usuário',
    systempurchase: 'Compra do sistema',
    systembilling: 'Cobrança do sistema',
  },

  errors: {
    customerNotFound: {
      title: 'Cliente não encontrado',
      text: 'Verifique o nome, o domínio ou o ID do locatário e tente de novo.',
    },
    orderNotFound: { title: 'Pedido não encontrado', text: 'Verifique o ID do pedido e o cliente.' },
    resellerNotFound: {
      title: 'Revendedor não encontrado',
      text: 'Verifique o nome ou o ID do revendedor indireto; só podem ser usados os seus próprios revendedores.',
    },
    forbidden: {
      title: 'Não permitido',
      text: 'A conta do bot no Partner Center não pode ver isto, por exemplo um cliente ou revendedor de outro parceiro.',
    },
    unauthorized: {
      title: 'Não foi possível entrar no Partner Center',
      text: 'O bot não conseguiu entrar no Partner Center. Um administrador precisa verificar as credenciais.',
    },
    throttled: {
      title: 'O Partner Center está ocupado',
      text: 'O Partner Center está limitando as solicitações agora. Tente de novo em um minuto.',
    },
    timeout: {
      title: 'O Partner Center está lento',
      text: 'O Partner Center não respondeu a tempo. Tente de novo.',
    },
    upstream: {
      title: 'Erro do Partner Center',
      text: 'O Partner Center retornou um erro. Tente de novo mais tarde.',
    },
    invalidAction: {
      title: 'Esse botão não funciona mais',
      text: 'Este cartão está desatualizado. Execute o comando de novo para obter um novo.',
    },
    refused: {
      title: 'Você não tem acesso',
      text: 'Este bot responde apenas às pessoas e organizações autorizadas pelo administrador. Peça para ser incluído.',
    },
    rateLimited: {
      title: 'Vá com calma',
      text: 'Você está enviando solicitações mais rápido do que consigo responder.',
    },
    internal: { title: 'Algo deu errado', text: 'Algo deu errado do meu lado. Tente de novo.' },
  },

  tenantLine: 'ID do locatário do cliente: {id}',
  orderIdLine: 'ID do pedido: {id}',

  asOf: 'Dados de {time}',
  refresh: 'Atualizar',

  openInPartnerCenter: 'Abrir no Partner Center',
  showPricesToMe: 'Mostrar preços para mim',
  pricesOnRequest:
    'Os preços ficam fora do cartão que todos aqui veem: “{button}” mostra os preços só para você.',
  pricesPersonalChatOnly: 'Os preços só aparecem em um chat 1:1 comigo: pergunte lá para vê-los.',
  pricesHiddenHere: 'Não exibidos aqui',
  provisioningStatuses: {
    fulfilled: label(g.fulfilled),
    pending: label(g.pending),
    cancelled: label(g.cancelled),
    failed: label(g.failed),
    unknown: 'Desconhecido',
  },

  unitNames: {
    licenses: { zero: '{n} licenças', one: '{n} licença', other: '{n} licenças' },
    license: { zero: '{n} licenças', one: '{n} licença', other: '{n} licenças' },
    seats: { zero: '{n} estações', one: '{n} estação', other: '{n} estações' },
    users: { zero: '{n} usuários', one: '{n} usuário', other: '{n} usuários' },
    usagebased: { zero: '{n} (por uso)', one: '{n} (por uso)', other: '{n} (por uso)' },
  },
  statusCounts: {
    active: { zero: '{n} ativas', one: '{n} ativa', other: '{n} ativas' },
    suspended: { zero: '{n} suspensas', one: '{n} suspensa', other: '{n} suspensas' },
    deleted: { zero: '{n} excluídas', one: '{n} excluída', other: '{n} excluídas' },
    expired: { zero: '{n} expiradas', one: '{n} expirada', other: '{n} expiradas' },
    disabled: { zero: '{n} desabilitadas', one: '{n} desabilitada', other: '{n} desabilitadas' },
    pending: { zero: '{n} pendentes', one: '{n} pendente', other: '{n} pendentes' },
  },
  turnErrorApology: 'Desculpe, algo deu errado do meu lado. Tente de novo em instantes.',

  parseQuote: '"{text}"',
  parseProblems: {
    empty: 'Digite um comando para começar, por exemplo “pedidos de contoso”, ou “ajuda” para ver todos.',
    unknown: 'Não entendi. Tente “pedidos de contoso” ou digite “ajuda” para ver o que eu posso fazer.',
    failed: 'Desculpe, não consegui ler isso. Digite “ajuda” para ver o que eu posso fazer.',
    tooLong:
      'Essa mensagem é longa demais para ser um comando (mais de {max} caracteres). Tente, por exemplo, “pedidos de contoso”.',
    typo: 'Não conheço "{word}". Você quis dizer "{target}"?',
    typoSeeHelp: 'Não conheço "{word}". Você quis dizer "{target}"? Digite “ajuda” para ver os comandos.',
    misspeltFilter:
      'Você quis dizer "{target}" em vez de "{word}"? Se "{word}" faz parte do nome do cliente, coloque o nome entre aspas, por exemplo: pedidos de "{customer}"',
    whichCustomerWords:
      'Não sei quais palavras são o nome do cliente: {names}. Coloque o cliente depois de “de”, entre aspas se o nome tiver palavras de comando, por exemplo pedidos de "Contoso Monthly Ltd".',
    whichOrderAndCustomer: 'Qual pedido, e de qual cliente? Tente: {example}',
    whichOrderOf: 'Qual pedido de {who}? Tente: {example}',
    whichOrderId: 'Qual pedido de {who}? Informe o ID: {example}. Para listá-los: {list}',
    whichCustomerForOrder: 'De qual cliente é o pedido {order}? Tente: {example}',
    filtersListsOnly:
      'Filtros (ciclo de cobrança, status, datas, produtos, revendedores, preços, pular) valem só para listas de pedidos, por exemplo “pedidos de {who} mensais”.',
    withWhat: '"{key}" o quê? Tente: “pedidos de contoso com azure” ou “pedidos de contoso com preços”.',
    whichProduct: 'Qual produto? Tente: “pedidos de contoso com azure”.',
    whichReseller: 'Qual revendedor? Tente: “pedidos de contoso via Woodgrove”.',
    unreadableDateAfter:
      'Não consegui ler a data depois de "{key}". Escreva no formato aaaa-mm-dd, por exemplo {key} 2018-03-10.',
    betweenExample: 'Tente: entre 2018-01-01 e 2018-03-31.',
    dayCountRange: '"{phrase}" está fora do intervalo: use de 1 a {max} dias.',
    noToday: 'Não sei a data de hoje, então não consigo ler datas relativas; use aaaa-mm-dd.',
    notADate:
      '"{text}" não é uma data que eu consiga ler. Escreva datas no formato aaaa-mm-dd, por exemplo 2018-03-10.',
    pickOneBillingCycle: 'Escolha um ciclo de cobrança: "{first}" ou "{second}".',
    pickOneStatus: 'Escolha um status: "{first}" ou "{second}".',
    pickOneProduct: 'Escolha um produto: "{first}" ou "{second}".',
    pickOneReseller: 'Escolha um revendedor: "{first}" ou "{second}".',
    oneStartDate: 'Informe uma só data inicial, por exemplo desde 2018-03-10.',
    oneEndDate: 'Informe uma só data final, por exemplo antes de 2018-04-01.',
    startOutOfRange: 'Essa data inicial está fora do intervalo.',
    endOutOfRange: 'Essa data final está fora do intervalo.',
    emptyRange: 'Nenhum dia é ao mesmo tempo a partir de {since} e até {until}: verifique as datas.',
  },

  countedHeading: '{title} ({n})',
  labelled: '{label}: {value}',
  withBreakdown: '{count} ({parts})',
  listSeparator: ', ',

  app: {
    shortName: 'Pedidos Partner Center',
    fullName: 'Pedidos do Partner Center',
    shortDescription: 'Consulte pedidos e assinaturas do Partner Center no Teams.',
    fullDescription:
      'Pergunte sobre os pedidos dos seus clientes no Partner Center sem sair do Teams. “pedidos de contoso” lista os pedidos de um cliente, os mais recentes primeiro (filtre por ciclo de cobrança ou por revendedor indireto); “pedido <id> de <cliente>” mostra um pedido com seus itens de linha; “assinaturas do pedido <id> de <cliente>” lista as assinaturas que ele criou; “acompanhar pedido <id>” avisa a conversa quando um pedido muda. Na caixa de redação ou na caixa de comandos, a pesquisa “Partner Center” encontra um cliente, um pedido ou uma assinatura e coloca o cartão dele na sua mensagem; links do Partner Center que você colar mostram um cartão compacto. O bot só faz leitura: nunca faz, altera nem cancela nada. Digite “ajuda” para ver todos os comandos com exemplos.',
    search: {
      title: 'Partner Center',
      description:
        'Encontre um cliente, um pedido ou uma assinatura por nome, domínio ou ID e coloque o cartão na mensagem.',
      parameterTitle: 'Cliente, pedido ou assinatura',
      parameterDescription:
        'Nome ou domínio de um cliente, ID de um pedido ou de uma assinatura (o início basta) ou nome de um produto.',
    },
  },

  welcome: {
    title: 'Pedidos do Partner Center nesta conversa',
    body: 'Mencione-me com uma pergunta, por exemplo “@{bot} pedidos de contoso”. As respostas aqui são vistas por todos nesta conversa.',
    help: 'O que posso perguntar?',
  },

  progress: {
    general: 'Consultando o Partner Center…',
    replaced: 'O Partner Center está demorando um pouco. A resposta aparecerá aqui.',
    follows: 'O Partner Center está demorando um pouco. A resposta vem em seguida.',
  },

  sandboxNotice:
    'Dados de sandbox: clientes e pedidos fictícios para demonstração, não vêm do Partner Center.',
  orderIdAmbiguous: 'Vários pedidos ({n}) começam com {prefix}: cole o ID completo.',
  trimmedToFit: 'Mostrando {shown} de {total}: os demais não cabem em um cartão do Teams.',
  tooLargeTitle: 'Resposta grande demais: “{command}”',
  tooLargeText: 'Esta resposta é grande demais para o Teams mostrar.',
  tooLargeNarrow:
    'Peça menos: adicione um ciclo de cobrança, um status ou datas (por exemplo “últimos 30 dias”), ou abra um pedido pelo ID.',
  tooLargeHelp: 'Ajuda para “{command}”',
};
