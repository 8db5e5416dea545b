import { ActivityTypes, TurnContext, type Middleware } from 'botbuilder';
import type { Logger } from '../logging/logger';

/**
 * Typing indicators while a message turn runs, in place of botbuilder's ShowTypingMiddleware, whose timer
 * outlives the turn and hands a late send failure to onTurnError with a revoked context (which ended the
 * process). Here: one send at a time, nothing after the turn ends, and a failure only stops the indicators. None
 * in Teams channels; elsewhere in Teams each goes only when the thread's pacer has a slot free at once.
 */
export class TypingIndicator implements Middleware {
  constructor(
    private readonly logger: Logger,
    /** Fast (cached) answers send none. */
    private readonly delayMs = 400,
    private readonly periodMs = 2000,
  ) {}

  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    if (context.activity.type !== ActivityTypes.Message) return next();
    // Teams does not show typing in channels: there it would only spend the thread's send limit.
    if (context.activity.conversation?.conversationType === 'channel') return next();
    const typing = () =>
      TurnContext.applyConversationReference(
        { type: ActivityTypes.Typing, relatesTo: context.activity.relatesTo },
        TurnContext.getConversationReference(context.activity),
      );
    const activityId = context.activity.id;
    let turnOver = false;
    let timer: NodeJS.Timeout | undefined;

    const send = (): void => {
      if (turnOver) return;
      let sending: Promise<unknown>;
      try {
        // Through the adapter, as ShowTypingMiddleware does: no other middleware, and `responded` stays false.
        sending = context.adapter.sendActivities(context, [typing()]);
      } catch (err) {
        sending = Promise.reject(err);
      }
      sending.then(
        () => {
          if (!turnOver) timer = setTimeout(send, this.periodMs);
        },
        (err: unknown) =>
          this.logger.debug({ err, activityId }, 'typing indicator not delivered; no more this turn'),
      );
    };

    timer = setTimeout(send, this.delayMs);
    try {
      await next();
    } finally {
      turnOver = true;
      clearTimeout(timer);
    }
  }
}
