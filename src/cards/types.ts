/** An Adaptive Card (version 1.5) as a plain JSON object; the bot wraps it in an attachment. */
export type AdaptiveCard = Record<string, unknown>;

/** The `data` of an Action.Submit, decided by the commands layer and embedded as it is. */
export type ActionData = Record<string, unknown>;

export interface CardContext {
  /** The activity locale, e.g. 'en-US', 'pt-BR'. */
  locale: string;
}

export interface CustomerRef {
  id: string;
  name: string;
  domain?: string;
}
