import { pcError } from './http/errors';
import { json, type Reply } from './http/reply';
import { applyKnobPatch } from './knob-patch';
import { knobValues, type SandboxKnobs } from './knobs';
import type { OrderLifecycle } from './lifecycle';
import type { RecordedRequest } from './recorder';

// /_sandbox/* lets another process (a bot started with `npm run sandbox`, a demo script) turn the
// knobs. It needs no token and is neither recorded nor affected by the knobs.

export const CONTROL_PREFIX = '/_sandbox/';

export interface ControlTarget {
  knobs: SandboxKnobs;
  requests: RecordedRequest[];
  clearRequests(): void;
  lifecycle?: OrderLifecycle;
}

function parseJson(body: string): unknown {
  try {
    return body.trim() ? JSON.parse(body) : {};
  } catch {
    return undefined;
  }
}

export function handleControl(target: ControlTarget, method: string, path: string, body: string): Reply {
  // Order ids are case-sensitive: this route is matched before the path is lowercased.
  const step = /^\/_sandbox\/orders\/([A-Za-z0-9_-]{1,128})\/(complete|provision)\/?$/i.exec(path);
  if (method === 'POST' && step && target.lifecycle) {
    const [, orderId = '', what = ''] = step;
    if (what.toLowerCase() === 'complete') {
      target.lifecycle.completeNow(orderId);
      return json({ orderId, status: 'completed' });
    }
    target.lifecycle.provisionNext(orderId);
    return json({ orderId, provisioned: 'next line item' });
  }
  const route = `${method} ${path.toLowerCase().replace(/\/+$/, '')}`;
  switch (route) {
    case 'GET /_sandbox/knobs':
      return json(knobValues(target.knobs));
    case 'POST /_sandbox/knobs': {
      const patch = parseJson(body);
      const error = patch === undefined ? 'the body is not JSON' : applyKnobPatch(target.knobs, patch);
      return error ? json(pcError(400, error), 400) : json(knobValues(target.knobs));
    }
    case 'POST /_sandbox/reset':
      target.knobs.reset();
      return json(knobValues(target.knobs));
    case 'GET /_sandbox/requests':
      return json(target.requests);
    case 'DELETE /_sandbox/requests':
      target.clearRequests();
      return { status: 204 };
    default:
      return json(pcError(404, `No sandbox control endpoint ${method} ${path}`), 404);
  }
}
