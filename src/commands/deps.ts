import type { PartnerCenterApi } from '../partnercenter/api';
import type { RequestContext } from '../partnercenter/request-context';

/** What every command handler gets: the (cached) Partner Center API and this turn's context. */
export interface CommandEnv {
  api: PartnerCenterApi;
  ctx: RequestContext & { locale: string };
}
