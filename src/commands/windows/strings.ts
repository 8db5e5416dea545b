import { plural } from '../../cards/strings/plural';
import type { CommandStrings, Locale } from '../definition';

const MENU_TITLE = 'windows';

/** The words of its card (the radar's shared words are in shared/radar/texts.ts). */
const EN_CARD = {
  title: 'Cancellation windows open now, all customers',
  titleFor: 'Cancellation windows open now: {customer}',
  subtitle:
    'New-commerce subscriptions can be cancelled or reduced for 7 days (168 hours) after a purchase or a renewal. Soonest closing first, from the order index.',
  subscriptionsCount: plural({ one: '{n} subscription', other: '{n} subscriptions' }),
  soonCount: plural({ one: '{n} closes within 24 hours', other: '{n} close within 24 hours' }),
  /** "9 subscriptions at 4 customers · 3 close within 24 hours". */
  headline: '{subscriptions} at {customers} · {soon}',
  none: 'No cancellation window is open now in the index.',
};
export type WindowsCardStrings = typeof EN_CARD;

export interface WindowsStrings extends CommandStrings {
  card: WindowsCardStrings;
  progress: string;
}

export const windowsStrings: Readonly<Record<Locale, WindowsStrings>> = {
  en: {
    card: EN_CARD,
    progress: 'Looking for open cancellation windows in the order index…',
    help: [
      {
        command: 'windows [for <customer>]',
        description:
          'Subscriptions that can still be cancelled or reduced (7 days after a purchase or renewal), soonest closing first, from the order index. Also: cancellation windows',
        example: 'cancellation windows for contoso',
      },
    ],
    menu: {
      title: MENU_TITLE,
      description:
        'Cancellation windows open now, soonest closing first, all customers. Also: windows for contoso',
    },
  },
  'pt-BR': {
    card: {
      title: 'Janelas de cancelamento abertas agora, todos os clientes',
      titleFor: 'Janelas de cancelamento abertas agora: {customer}',
      subtitle:
        'Assinaturas do novo comércio podem ser canceladas ou reduzidas por 7 dias (168 horas) após uma compra ou renovação. As que fecham primeiro vêm antes, do índice de pedidos.',
      subscriptionsCount: plural({
        zero: '{n} assinaturas',
        one: '{n} assinatura',
        other: '{n} assinaturas',
      }),
      soonCount: plural({
        zero: '{n} fecham em 24 horas',
        one: '{n} fecha em 24 horas',
        other: '{n} fecham em 24 horas',
      }),
      headline: '{subscriptions} de {customers} · {soon}',
      none: 'Nenhuma janela de cancelamento está aberta agora no índice.',
    },
    progress: 'Procurando janelas de cancelamento abertas no índice de pedidos…',
    help: [
      {
        command: 'windows [for <cliente>]',
        description:
          'Assinaturas que ainda podem ser canceladas ou reduzidas (7 dias após uma compra ou renovação), as que fecham primeiro antes, do índice de pedidos.',
        example: 'cancellation windows for contoso',
      },
    ],
    menu: {
      title: 'janelas de cancelamento',
      description:
        'Janelas de cancelamento abertas, as que fecham primeiro antes, de todos os clientes. Ex.: “janelas de cancelamento de contoso”',
    },
  },
  'zh-CN': {
    card: {
      title: '所有客户当前开放的取消期',
      titleFor: '当前开放的取消期：{customer}',
      subtitle:
        '新商业订阅在购买或续订后的 7 天（168 小时）内可以取消或减少。最先截止的排在前面，来自订单索引。',
      subscriptionsCount: plural({ one: '{n} 个订阅', other: '{n} 个订阅' }),
      soonCount: plural({ one: '{n} 个在 24 小时内截止', other: '{n} 个在 24 小时内截止' }),
      headline: '{customers}共 {subscriptions} · {soon}',
      none: '索引中当前没有开放的取消期。',
    },
    progress: '正在订单索引中查找开放的取消期…',
    help: [
      {
        command: 'windows [for <客户>]',
        description: '仍可取消或减少的订阅（购买或续订后 7 天内），最先截止的在前，来自订单索引。',
        example: 'cancellation windows for contoso',
      },
    ],
    menu: {
      title: '取消期',
      description: '当前开放的取消期，最先截止的在前，涵盖所有客户。也可以：“contoso 的取消期”',
    },
  },
  it: {
    card: {
      title: 'Finestre di annullamento aperte ora, tutti i clienti',
      titleFor: 'Finestre di annullamento aperte ora: {customer}',
      subtitle:
        "Gli abbonamenti della nuova esperienza commerciale si possono annullare o ridurre per 7 giorni (168 ore) dopo un acquisto o un rinnovo. Prima quelli che chiudono prima, dall'indice degli ordini.",
      subscriptionsCount: plural({ one: '{n} abbonamento', other: '{n} abbonamenti' }),
      soonCount: plural({ one: '{n} chiude entro 24 ore', other: '{n} chiudono entro 24 ore' }),
      headline: '{subscriptions} di {customers} · {soon}',
      none: "Nessuna finestra di annullamento è aperta ora nell'indice.",
    },
    progress: "Cerco le finestre di annullamento aperte nell'indice degli ordini…",
    help: [
      {
        command: 'windows [for <cliente>]',
        description:
          "Abbonamenti che si possono ancora annullare o ridurre (7 giorni dopo un acquisto o un rinnovo), prima quelli che chiudono prima, dall'indice degli ordini.",
        example: 'cancellation windows for contoso',
      },
    ],
    menu: {
      title: 'finestre di annullamento',
      description:
        'Finestre di annullamento aperte, prima quelle che chiudono prima, di tutti i clienti. Es.: “finestre di annullamento di contoso”',
    },
  },
};
