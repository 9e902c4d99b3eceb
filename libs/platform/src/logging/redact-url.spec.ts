import { describe, expect, it } from 'vitest';
import { redactUrl } from './redact-url';

describe('redactUrl', () => {
  it.each([
    ['/api/unsubscribe/YWJjZGVm.c2lnbmF0dXJl', '/api/unsubscribe/[redacted]'],
    ['/api/job-alerts/confirm/abc.def', '/api/job-alerts/confirm/[redacted]'],
    ['/api/job-alerts/manage/abc/unsubscribe-all', '/api/job-alerts/manage/[redacted]/unsubscribe-all'],
    ['/reset-password?token=s3cr3t-t0ken&next=/', '/reset-password?token=[redacted]&next=/'],
    [`/api/anything/${'x'.repeat(40)}`, '/api/anything/[redacted]'],
    ['/api/jobs?cursor=eyJ2IjoxfQ.bWFj&limit=5', '/api/jobs?cursor=[redacted]&limit=5'],
  ])('%s → %s', (url, expected) => {
    expect(redactUrl(url)).toBe(expected);
  });

  it('keeps what helps reading the logs: ids, routes and harmless parameters', () => {
    const url = '/api/applications/3f0e1c9a-1b2c-4d5e-8f90-123456789abc/guidance?limit=5&q=forklift';
    expect(redactUrl(url)).toBe(url);
  });
});
