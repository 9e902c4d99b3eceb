import { vi } from 'vitest';

/** One request the app sent, as the stub saw it. */
export interface ApiCall {
  method: string;
  path: string;
  search: URLSearchParams;
  /** Parsed JSON body, the raw text for other bodies, undefined when empty. */
  body: unknown;
}

export type StubReply = { status?: number; body?: unknown; headers?: Record<string, string> };

/**
 * Answers the app's fetch calls from a handler, in place of the API server,
 * so a component test can drive every answer the real API gives (including
 * 400s with `fields` and 409 refusals). Unhandled requests answer 404 with
 * the API's error shape. Undo with `vi.unstubAllGlobals()`.
 */
export function stubApi(handler: (call: ApiCall) => StubReply | undefined | Promise<StubReply | undefined>) {
  const calls: ApiCall[] = [];
  const fetch = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = input instanceof Request ? input : new Request(input, init);
    const url = new URL(request.url);
    const text = request.method === 'GET' || request.method === 'HEAD' ? '' : await request.clone().text();
    let body: unknown = text === '' ? undefined : text;
    try {
      if (text) body = JSON.parse(text);
    } catch {
      // not JSON: keep the text
    }
    const call: ApiCall = { method: request.method, path: url.pathname, search: url.searchParams, body };
    calls.push(call);
    const reply = (await handler(call)) ?? {
      status: 404,
      body: { statusCode: 404, error: 'Not Found', message: `No test answer for ${call.method} ${call.path}`, code: 'NOT_FOUND' },
    };
    const status = reply.status ?? 200;
    const isJson = reply.body !== undefined && !(reply.body instanceof Blob) && typeof reply.body !== 'string';
    return new Response(status === 204 ? null : isJson ? JSON.stringify(reply.body) : (reply.body as BodyInit | undefined), {
      status,
      headers: { ...(isJson ? { 'content-type': 'application/json' } : {}), ...reply.headers },
    });
  });
  vi.stubGlobal('fetch', fetch);
  return { calls, fetch };
}

/** The API's error body, e.g. `apiError(409, 'ALREADY_THANKED', 'You have already …')`. */
export function apiError(status: number, code: string, message: string, extra: Record<string, unknown> = {}): StubReply {
  const error = { 400: 'Bad Request', 404: 'Not Found', 409: 'Conflict', 413: 'Payload Too Large' }[status] ?? 'Error';
  return { status, body: { statusCode: status, error, message, code, ...extra } };
}
