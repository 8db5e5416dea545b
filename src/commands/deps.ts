import type { PartnerCenterApi } from '../partnercenter/api';
import type { RequestContext } from '../partnercenter/request-context';
import type { WatchContext } from './watch/context';

/** What every command handler gets: the (cached) Partner Center API and this turn's context. */
export interface CommandEnv {
  api: PartnerCenterApi;
  ctx: RequestContext & { locale: string };
  /** Where watches are kept and who asks (the watch commands); absent where watching is not offered. */
  watch?: WatchContext;
}
