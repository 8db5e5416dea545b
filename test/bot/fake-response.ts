import type { Response } from 'botbuilder';

export interface FakeResponse {
  statusCode?: number;
  body?: unknown;
  status(code: number): void;
  header(): void;
  send(body: unknown): void;
  end(): void;
}

/** What botbuilder needs of a restify/express response (it checks these four methods). */
export function fakeResponse(): FakeResponse & Response {
  const res: FakeResponse = {
    status(code: number) {
      res.statusCode = code;
    },
    header() {},
    send(body: unknown) {
      res.body = body;
    },
    end() {},
  };
  return Object.assign(res, { socket: null }) as unknown as FakeResponse & Response;
}

export function request(activity: Record<string, unknown>) {
  return { method: 'POST', headers: {}, body: activity };
}
