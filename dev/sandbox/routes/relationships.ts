import { collection } from '../collection';
import { badRequest } from '../http/errors';
import { json, type Reply } from '../http/reply';
import { link } from '../link';
import type { RouteContext } from '../router';

/**
 * GET /v1/relationships?relationship_type=IsIndirectCloudSolutionProviderOf lists the indirect resellers
 * of the sandbox partner; IsIndirectResellerOf (its providers) is empty, since it is the provider.
 */
export function listRelationships(ctx: RouteContext): Reply {
  const type = ctx.query.get('relationship_type');
  const lower = type?.toLowerCase();
  if (lower !== 'isindirectcloudsolutionproviderof' && lower !== 'isindirectresellerof') {
    throw badRequest(`Invalid relationship_type: ${type ?? '(none)'}.`);
  }
  const items = lower === 'isindirectresellerof' ? [] : ctx.fixtures.resellers.map((r) => r.relationship);
  return json(collection(items, { self: link(`/relationships?relationship_type=${type ?? ''}`) }));
}
