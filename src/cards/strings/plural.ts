/**
 * Forms by Intl.PluralRules category; `other` is the fallback. `zero` is for n = 0 where the language says
 * so but CLDR does not (Brazilian Portuguese: "0 pedidos", though CLDR puts 0 in 'one').
 */
export interface PluralForms {
  zero?: string;
  one: string;
  few?: string;
  many?: string;
  other: string;
}

/** Types a table entry as plural forms, so every table may give the forms its language has. */
export const plural = (forms: PluralForms): PluralForms => forms;
