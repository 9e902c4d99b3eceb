import { describe, expect, it } from 'vitest';
import { isWebRoute, webPath, WebRoute } from './web-routes';

describe('web routes', () => {
  it('fills parameters and encodes them', () => {
    expect(webPath(WebRoute.thankYou, { applicationId: 'a b' })).toBe('/applications/a%20b/thank-you');
    expect(webPath(WebRoute.recruiterApplications, {}, { owedNews: 'true' })).toBe('/recruiter/applications?owedNews=true');
  });

  it('knows the pages e-mails link to, and nothing else', () => {
    expect(isWebRoute('/applications/0b6f/thank-you')).toBe(true);
    expect(isWebRoute('/applications/0b6f')).toBe(true);
    expect(isWebRoute('/recruiter/applications?owedNews=true')).toBe(true);
    expect(isWebRoute('/')).toBe(true);
    expect(isWebRoute('/jobs/')).toBe(false);
    expect(isWebRoute('/applications/a/b/c')).toBe(false);
    expect(isWebRoute('/nope')).toBe(false);
  });
});
