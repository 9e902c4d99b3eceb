import createClient, { type Client, type ClientOptions, type Middleware } from 'openapi-fetch';
import type { ErrorCode } from '@nextstep/contracts';
import type { FollowUpCode, ThankYouCode } from '@nextstep/guidance';
import type { components, operations, paths } from './generated/openapi';

export type { components, operations, paths };
export type { Middleware };

/** The DTOs of the API by name, e.g. `Schemas['JobDetailDto']`. */
export type Schemas = components['schemas'];

/** Every `code` an error body can carry: the API's own, and the guidance's refusals. */
export type ApiErrorCode = ErrorCode | FollowUpCode | ThankYouCode;

/**
 * The one shape of every API error (`{ statusCode, error, message, code? }`;
 * 400s add `fields`, a message per bad field; refusals may add e.g. `earliestAt`).
 */
export interface ApiErrorBody {
  statusCode: number;
  error: string;
  message: string;
  code?: ApiErrorCode;
  fields?: Record<string, string>;
  [extra: string]: unknown;
}

export type ApiClient = Client<paths>;

/** An openapi-fetch client typed by the generated `paths`: a changed route breaks the build, not a user. */
export function createApiClient(options: ClientOptions & { middleware?: Middleware[] } = {}): ApiClient {
  const { middleware = [], ...clientOptions } = options;
  const client = createClient<paths>(clientOptions);
  for (const entry of middleware) client.use(entry);
  return client;
}

/** Whether a parsed response body has the API's error shape. */
export function isApiErrorBody(value: unknown): value is ApiErrorBody {
  if (typeof value !== 'object' || value === null) return false;
  const body = value as Record<string, unknown>;
  return typeof body['statusCode'] === 'number' && typeof body['message'] === 'string';
}
