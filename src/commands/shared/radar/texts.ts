// The words the renewal radar's cards share (renewals, windows), per locale, in Partner Center's own terms
// (renovação/assinatura, 续订/订阅, rinnovo/abbonamento). Each command's own words are in its strings.ts.
import { languageOf } from '../../../cards/strings';
import { plural, type PluralForms } from '../../../cards/strings/plural';
import type { Locale } from '../../definition';

export interface RadarTexts {
  /** "Can still be cancelled or reduced until Thu 2:00 PM UTC, in 36h". */
  windowUntil: string;
  refundable: PluralForms;
  openedByPurchase: string;
  openedByRenewal: string;
  /** The status column of a window: "Closes in 5h". */
  closesIn: string;
  licenses: PluralForms;
  /** "1 year term · annual billing" (the cycle in lower case where the language has case). */
  termCycle: string;
  termOnly: string;
  cycleOnly: string;
  termEnds: string;
  nextTerm: string;
  changeQuantity: string;
  changeTerm: string;
  changeCycle: string;
  changeProduct: string;
  subscriptionIdLine: string;
  subscriptionButton: string;
  orderButton: string;
}

const TEXTS: Readonly<Record<Locale, RadarTexts>> = {
  en: {
    windowUntil: 'Can still be cancelled or reduced until {time}, {in}',
    refundable: plural({ one: '{n} license refundable', other: '{n} licenses refundable' }),
    openedByPurchase: 'Window opened by the purchase',
    openedByRenewal: 'Window opened by the renewal',
    closesIn: 'Closes {in}',
    licenses: plural({ one: '{n} license', other: '{n} licenses' }),
    termCycle: '{term} term · {cycle} billing',
    termOnly: '{term} term',
    cycleOnly: '{cycle} billing',
    termEnds: 'Term ends {date}',
    nextTerm: 'Next term: {changes}',
    changeQuantity: 'quantity {from} → {to}',
    changeTerm: 'term {from} → {to}',
    changeCycle: 'billing {from} → {to}',
    changeProduct: 'product {to}',
    subscriptionIdLine: 'Subscription id: {id}',
    subscriptionButton: 'Subscription',
    orderButton: 'Order',
  },
  'pt-BR': {
    windowUntil: 'Ainda pode ser cancelada ou reduzida até {time}, {in}',
    refundable: plural({
      zero: '{n} licenças reembolsáveis',
      one: '{n} licença reembolsável',
      other: '{n} licenças reembolsáveis',
    }),
    openedByPurchase: 'Janela aberta pela compra',
    openedByRenewal: 'Janela aberta pela renovação',
    closesIn: 'Fecha {in}',
    licenses: plural({ zero: '{n} licenças', one: '{n} licença', other: '{n} licenças' }),
    termCycle: 'prazo de {term} · cobrança {cycle}',
    termOnly: 'prazo de {term}',
    cycleOnly: 'cobrança {cycle}',
    termEnds: 'O prazo termina em {date}',
    nextTerm: 'Próximo prazo: {changes}',
    changeQuantity: 'quantidade {from} → {to}',
    changeTerm: 'prazo {from} → {to}',
    changeCycle: 'cobrança {from} → {to}',
    changeProduct: 'produto {to}',
    subscriptionIdLine: 'ID da assinatura: {id}',
    subscriptionButton: 'Assinatura',
    orderButton: 'Pedido',
  },
  'zh-CN': {
    windowUntil: '仍可取消或减少，截止时间：{time}（{in}）',
    refundable: plural({ one: '{n} 个许可证可退款', other: '{n} 个许可证可退款' }),
    openedByPurchase: '取消期因购买而开启',
    openedByRenewal: '取消期因续订而开启',
    closesIn: '{in}截止',
    licenses: plural({ one: '{n} 个许可证', other: '{n} 个许可证' }),
    termCycle: '期限 {term} · {cycle}计费',
    termOnly: '期限 {term}',
    cycleOnly: '{cycle}计费',
    termEnds: '期限于 {date}结束',
    nextTerm: '下一期限：{changes}',
    changeQuantity: '数量 {from} → {to}',
    changeTerm: '期限 {from} → {to}',
    changeCycle: '计费周期从{from}改为{to}',
    changeProduct: '产品 {to}',
    subscriptionIdLine: '订阅 ID：{id}',
    subscriptionButton: '订阅',
    orderButton: '订单',
  },
  it: {
    windowUntil: 'Si può ancora annullare o ridurre fino a {time}, {in}',
    refundable: plural({ one: '{n} licenza rimborsabile', other: '{n} licenze rimborsabili' }),
    openedByPurchase: "Finestra aperta dall'acquisto",
    openedByRenewal: 'Finestra aperta dal rinnovo',
    closesIn: 'Si chiude {in}',
    licenses: plural({ one: '{n} licenza', other: '{n} licenze' }),
    termCycle: 'durata {term} · fatturazione {cycle}',
    termOnly: 'durata {term}',
    cycleOnly: 'fatturazione {cycle}',
    termEnds: 'Il periodo termina il {date}',
    nextTerm: 'Prossimo periodo: {changes}',
    changeQuantity: 'quantità {from} → {to}',
    changeTerm: 'durata {from} → {to}',
    changeCycle: 'fatturazione {from} → {to}',
    changeProduct: 'prodotto {to}',
    subscriptionIdLine: 'ID abbonamento: {id}',
    subscriptionButton: 'Abbonamento',
    orderButton: 'Ordine',
  },
};

/** Every locale's table (tests compare them). */
export const RADAR_TEXTS = TEXTS;

export function radarTexts(locale: string): RadarTexts {
  return TEXTS[languageOf(locale)];
}
