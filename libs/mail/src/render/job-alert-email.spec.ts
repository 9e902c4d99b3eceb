import { describe, expect, it } from 'vitest';
import type { JobAlertData } from '../email-data';
import { sampleEmailData } from '../samples';
import { MailRenderer } from './mail-renderer';

const renderer = MailRenderer.load();

/** The href values of the HTML, entities decoded (handlebars escapes `=` and `&` in attributes). */
function hrefs(html: string): string[] {
  return [...html.matchAll(/href="([^"]*)"/g)].map(([, href = '']) =>
    href.replace(/&#x3D;/g, '=').replace(/&amp;/g, '&').replace(/&#x27;/g, "'").replace(/&quot;/g, '"'),
  );
}

const job = (n: number): JobAlertData['jobs'][number] => ({
  title: `Picker ${n}`,
  city: 'Joliet',
  region: 'IL',
  employmentType: 'temporary',
  pay: { minCents: 1700, maxCents: 1700, period: 'hour' },
  snippet: `Job number ${n}. Pick and pack orders in a clean, well-lit warehouse with steady hours and weekly pay.`,
  url: `https://nextstep.example/jobs/job-${n}`,
});

describe('job alert e-mail', () => {
  it('lists each job with title, place, type, pay and a one-line snippet, in HTML and in text', () => {
    const email = renderer.render('job_alert', sampleEmailData('job_alert'));
    expect(email.subject).toBe('5 new jobs for your alert “forklift operator”, within 40 km of 62701');
    for (const output of [email.text, email.html]) {
      expect(output).toContain('Forklift Operator');
      expect(output).toContain('Springfield, IL');
      expect(output).toContain('Temp-to-hire');
      expect(output).toContain('$18.50–$22.00 an hour');
      expect(output).toContain('Reach Truck Operator');
      expect(output).toContain('Direct hire');
      expect(output).toContain('$42,000–$48,000 a year');
      expect(output).toContain('And 3 more new jobs');
    }
    // The guidance footer's unsubscribe is not offered: the alert's own links are.
    expect(email.text).not.toContain('guidance e-mails');
    expect(email.text).toContain('Why you got this: you saved a job alert on Nextstep: “forklift operator”, within 40 km of 62701.');
  });

  it('links every job, the search (for the rest), manage, this alert’s unsubscribe and the unsubscribe from all alerts', () => {
    const data = sampleEmailData('job_alert');
    const email = renderer.render('job_alert', data);
    const links = hrefs(email.html);
    for (const url of [
      'https://nextstep.example/jobs/job-3001',
      'https://nextstep.example/jobs/job-3002',
      data.links.search,
      data.links.manage,
      data.links.unsubscribe,
      data.links.unsubscribeAll,
    ]) {
      expect(links).toContain(url);
      expect(email.text).toContain(url);
    }
    expect(email.text).toMatch(/Unsubscribe from this alert: https:\/\/nextstep\.example\/api\/job-alerts\/unsubscribe\/sample-alert-token\n/);
    expect(email.text).toMatch(/Unsubscribe from all job alerts: https:\/\/nextstep\.example\/api\/job-alerts\/manage\/sample-owner-token\?all=1\n/);
  });

  it('lists at most ten jobs and counts the rest into “and N more”; one job reads as one', () => {
    const data = sampleEmailData('job_alert');
    const many = renderer.render('job_alert', { ...data, jobs: Array.from({ length: 12 }, (_, i) => job(i + 1)), moreCount: 0 });
    expect(many.subject).toBe('12 new jobs for your alert “forklift operator”, within 40 km of 62701');
    expect(many.text).toContain('Picker 10');
    expect(many.text).not.toContain('Picker 11');
    expect(many.text).toContain('And 2 more new jobs');
    // One line: sentences up to about 140 characters (a first sentence this short takes the next along).
    expect(many.text).toContain('  Job number 1. Pick and pack orders in a clean, well-lit warehouse with steady hours and weekly pay.\n');
    expect(many.text).toContain('$17.00 an hour');

    const one = renderer.render('job_alert', { ...data, recipient: { ...data.recipient, firstName: null }, jobs: [job(1)], moreCount: 0 });
    expect(one.subject).toBe('1 new job for your alert “forklift operator”, within 40 km of 62701');
    expect(one.text).toMatch(/^NEXTSTEP\n\nHello,\n/);
    expect(one.text).toContain('One job has opened');
    expect(one.text).not.toContain('more new job');
    expect(() => renderer.render('job_alert', { ...data, jobs: [], moreCount: 0 })).toThrow(/at least one job/);
  });

  it('escapes what employers wrote', () => {
    const data = sampleEmailData('job_alert');
    const email = renderer.render('job_alert', { ...data, jobs: [{ ...job(1), title: 'Packer <b>now</b> & later' }], moreCount: 0 });
    expect(email.html).toContain('Packer &lt;b&gt;now&lt;/b&gt; &amp; later');
    expect(email.text).toContain('Packer <b>now</b> & later');
  });
});

describe('job alert confirmation e-mail', () => {
  it('asks to confirm, with the link and when it stops working, and has no unsubscribe', () => {
    const data = sampleEmailData('job_alert_confirmation');
    const email = renderer.render('job_alert_confirmation', data);
    expect(email.subject).toBe('Confirm your job alert: “forklift operator”, within 40 km of 62701');
    expect(hrefs(email.html)).toContain(data.links.confirm);
    expect(email.text).toContain(`Confirm the job alert:\n${data.links.confirm}`);
    expect(email.text).toContain('The link works until Thursday, December 3, 2026 at 9:00 AM CST.');
    expect(email.text).not.toMatch(/unsubscribe/i);
  });
});
