import { describe, expect, it } from 'vitest';
import { accessLogErrorFields, accessLogLevel } from './logging.module';

describe('access log', () => {
  it('logs a failure of the request as an error, a refusal (4xx, or 503 shedding load) as a warning', () => {
    expect(accessLogLevel(200)).toBe('info');
    expect(accessLogLevel(404)).toBe('warn');
    expect(accessLogLevel(409)).toBe('warn');
    expect(accessLogLevel(503)).toBe('warn');
    expect(accessLogLevel(500)).toBe('error');
    expect(accessLogLevel(502)).toBe('error');
    expect(accessLogLevel(503, new Error('socket hang up'))).toBe('error');
  });

  it("drops the made-up error, stack and all, from a 503's line and keeps everything else", () => {
    const fields = { res: { statusCode: 503 }, err: new Error('failed with status code 503'), responseTime: 4 };
    expect(accessLogErrorFields(503, fields)).toEqual({ res: { statusCode: 503 }, responseTime: 4 });
    expect(accessLogErrorFields(500, fields)).toBe(fields);
  });
});
