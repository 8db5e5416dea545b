import { isRestError } from '@azure/core-rest-pipeline';
import type { Activity, TurnContext } from 'botbuilder';

/**
 * Channels whose connector edits a sent message in place (PUT .../activities/{id}): Teams and the Emulator.
 * Web Chat over Direct Line and most others cannot, and there the answer follows the progress card instead.
 */
export const UPDATING_CHANNELS: ReadonlySet<string> = new Set(['msteams', 'emulator']);

export type Delivery = { ok: true; id?: string } | { ok: false; error: unknown };

/** Posts a message; never throws (the reply policy has already retried what was worth retrying). */
export async function post(context: TurnContext, message: Partial<Activity>): Promise<Delivery> {
  try {
    const response = await context.sendActivity(message);
    return { ok: true, id: response?.id || undefined };
  } catch (error) {
    return { ok: false, error };
  }
}

/** Replaces the message `id` in place; never throws. */
export async function replace(
  context: TurnContext,
  message: Partial<Activity>,
  id: string,
): Promise<Delivery> {
  try {
    await context.updateActivity({ ...message, id });
    return { ok: true, id };
  } catch (error) {
    return { ok: false, error };
  }
}

/** Deletes the message `id` (a progress card the answer could not replace); never throws. */
export async function remove(context: TurnContext, id: string): Promise<Delivery> {
  try {
    await context.deleteActivity(id);
    return { ok: true, id };
  } catch (error) {
    return { ok: false, error };
  }
}

/** What the log says about a failed reply: the connector's status or the error code, never the request. */
export function describeFailure(error: unknown): { status?: number; code?: string; message?: string } {
  return {
    status: statusOf(error),
    code: isRestError(error) ? error.code : undefined,
    message: error instanceof Error ? error.message : String(error),
  };
}

/** The connector refused the message as too large (Teams: 413 MessageSizeTooBig). */
export function tooLarge(error: unknown): boolean {
  return statusOf(error) === 413;
}

function statusOf(error: unknown): number | undefined {
  return isRestError(error) ? error.statusCode : undefined;
}
