import { ErrorCode } from '@nextstep/contracts';
import { describe, expect, it } from 'vitest';
import { createApiClient, isApiErrorBody } from './index';

describe('api client', () => {
  it('sends typed requests to the API and hands back its JSON', async () => {
    const seen: Request[] = [];
    const client = createApiClient({
      baseUrl: 'http://api.test',
      fetch: async (request: Request) => {
        seen.push(request);
        return new Response(JSON.stringify({ items: [], nextCursor: null }), { headers: { 'content-type': 'application/json' } });
      },
    });
    const { data } = await client.GET('/api/jobs', { params: { query: { q: 'forklift', employmentType: ['temporary', 'direct_hire'] } } });
    expect(data).toEqual({ items: [], nextCursor: null });
    expect(seen[0]?.url).toBe('http://api.test/api/jobs?q=forklift&employmentType=temporary&employmentType=direct_hire');
  });

  it('recognises the API error shape', () => {
    expect(isApiErrorBody({ statusCode: 409, error: 'Conflict', message: 'Already applied', code: ErrorCode.ALREADY_APPLIED })).toBe(true);
    expect(isApiErrorBody({ message: 'Cannot GET /' })).toBe(false);
    expect(isApiErrorBody('Bad Gateway')).toBe(false);
  });
});
