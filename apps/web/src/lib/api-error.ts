import { isApiErrorBody, type ApiErrorBody, type ApiErrorCode } from '@nextstep/api-client';
import { ErrorCode } from '@nextstep/contracts';

/** The API answered with an error status; `body` is its `{ statusCode, message, code?, fields? }`. */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    readonly status: number,
    readonly body: ApiErrorBody,
  ) {
    super(body.message);
  }

  get code(): ApiErrorCode | undefined {
    return this.body.code;
  }

  get fields(): Record<string, string> {
    return this.body.fields ?? {};
  }
}

/** The request never got an answer from the API (offline, server down, proxy without upstream). */
export class ApiUnreachableError extends Error {
  override readonly name = 'ApiUnreachableError';
  constructor(cause?: unknown) {
    super('The Nextstep server could not be reached.', { cause });
  }
}

export function isApiError(error: unknown, code?: ApiErrorCode): error is ApiError {
  return error instanceof ApiError && (code === undefined || error.code === code);
}

const GATEWAY_STATUSES = new Set([502, 503, 504]);

/** Turns a non-2xx response's parsed body into the error to throw. */
export function errorFromResponse(response: Response, body: unknown): Error {
  if (isApiErrorBody(body)) return new ApiError(response.status, body);
  // A gateway error without the API's own body means the API itself is not answering.
  if (GATEWAY_STATUSES.has(response.status)) return new ApiUnreachableError();
  return new ApiError(response.status, {
    statusCode: response.status,
    error: response.statusText,
    message: response.status >= 500 ? 'Something went wrong on our side.' : `The request failed (${response.status}).`,
  });
}

/**
 * The data of an openapi-fetch result, or the error as an exception, so
 * TanStack Query sees failures: `queryFn: () => unwrap(api.GET('/api/jobs/{id}', …))`.
 */
export async function unwrap<T>(pending: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  const { data, error, response } = await pending;
  if (!response.ok || error !== undefined) throw errorFromResponse(response, error);
  return data as T;
}

/** What to tell a person about a failed request, in words (never a raw JSON error). */
export function describeError(error: unknown): string {
  if (error instanceof ApiUnreachableError) return 'We cannot reach Nextstep right now. Check your connection, then try again.';
  if (error instanceof ApiError) {
    if (error.status === 429) return 'Too many attempts in a short time. Please wait a minute, then try again.';
    if (error.code === ErrorCode.UNAUTHENTICATED) return 'Your session has ended. Please sign in again.';
    if (error.status >= 500) return 'Something went wrong on our side. Please try again in a moment.';
    return error.message;
  }
  return 'Something unexpected went wrong. Please try again.';
}
