// "subscriptions for order <order-id> [for <customer>]" in the other languages: "assinaturas do pedido <id> de
// contoso", "contoso 的订单 <id> 的订阅", "abbonamenti dell'ordine <id> di contoso". "assinaturas de E5" is
// "subscriptions of E5", the who command's.
import type { CommandLanguages } from '../parse/languages/types';
import type { SubscriptionsCommand } from './payload';

/** "assinaturas do …" → "subscriptions of …", for each way the language joins "of" to the noun. */
function of(nouns: readonly string[], joins: readonly string[]): Record<string, string> {
  return Object.fromEntries(
    nouns.flatMap((noun) => joins.map((join) => [`${noun} ${join}`, 'subscriptions of'])),
  );
}

export const subscriptionsLanguages: CommandLanguages<SubscriptionsCommand> = {
  'pt-BR': {
    phrases: {
      assinaturas: 'subscriptions',
      assinatura: 'subscription',
      ...of(['assinaturas', 'assinatura'], ['de', 'do', 'da', 'dos', 'das']),
    },
    typoTargets: ['assinaturas', 'assinatura'],
    name: 'assinaturas',
    help: [
      {
        command: 'assinaturas do pedido <id-do-pedido> de <cliente>',
        example: 'assinaturas do pedido eeba9d00-7b46-443a-917e-22887a8fc993 de contoso',
      },
    ],
    format: (command, quote, spell) =>
      `assinaturas do pedido ${command.orderId}` +
      (command.customer === undefined ? '' : ` de ${quote('customer', command.customer)}`) +
      (command.refresh ? ` ${spell.spelling.refresh}` : ''),
  },
  'zh-CN': {
    phrases: { 订阅: 'subscriptions' },
    typoTargets: [],
    name: '订阅',
    help: [
      {
        command: '<客户> 的订单 <订单 ID> 的订阅',
        example: 'contoso 的订单 eeba9d00-7b46-443a-917e-22887a8fc993 的订阅',
      },
    ],
    format: (command, quote, spell) =>
      (command.customer === undefined
        ? `订单 ${command.orderId} 的订阅`
        : `${quote('customer', command.customer)} 的订单 ${command.orderId} 的订阅`) +
      (command.refresh ? ` ${spell.spelling.refresh}` : ''),
  },
  it: {
    phrases: {
      abbonamenti: 'subscriptions',
      abbonamento: 'subscription',
      sottoscrizioni: 'subscriptions',
      sottoscrizione: 'subscription',
      ...of(['abbonamenti', 'abbonamento'], ['di', 'del', 'della', "dell'", 'dei', 'degli']),
    },
    typoTargets: ['abbonamenti', 'abbonamento'],
    name: 'abbonamenti',
    help: [
      {
        command: "abbonamenti dell'ordine <id-ordine> di <cliente>",
        example: "abbonamenti dell'ordine eeba9d00-7b46-443a-917e-22887a8fc993 di contoso",
      },
    ],
    format: (command, quote, spell) =>
      `abbonamenti dell'ordine ${command.orderId}` +
      (command.customer === undefined ? '' : ` di ${quote('customer', command.customer)}`) +
      (command.refresh ? ` ${spell.spelling.refresh}` : ''),
  },
};
