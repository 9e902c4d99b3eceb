import { WEB_ROUTES } from '@nextstep/contracts';
import { describe, expect, it } from 'vitest';
import { createQueryClient } from '../lib/query-client';
import { createAppRouter } from './router';

describe('router', () => {
  // The API serves index.html for WEB_ROUTES and e-mails link to them: the app must have exactly these pages.
  it('declares exactly the web routes of @nextstep/contracts', () => {
    const router = createAppRouter({ queryClient: createQueryClient() });
    const paths = Object.values(router.routesById)
      .filter((route) => !route.isRoot)
      .map((route) => route.fullPath);
    expect([...paths].sort()).toEqual([...WEB_ROUTES].sort());
  });
});
