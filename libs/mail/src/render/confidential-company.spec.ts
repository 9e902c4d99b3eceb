import { describe, expect, it } from 'vitest';
import { EMAIL_KINDS, type CompanyInfo, type EmailKind } from '../email-data';
import { sampleEmailData } from '../samples';
import { MailRenderer } from './mail-renderer';

const renderer = MailRenderer.load();

/** A confidential client whose profile has gaps: where the research prompts would otherwise point at its website. */
const SECRET: CompanyInfo = {
  name: 'Zanzibar Quietworks',
  confidential: true,
  descriptor: 'a leading precision tool maker',
  mission: 'Make the tools that make the parts.',
  values: [],
  goals: '',
  operations: '  ',
  website: 'https://www.zanzibar-quietworks.example',
};

const withCompany = EMAIL_KINDS.filter((kind) => 'company' in (sampleEmailData(kind) as object));

describe('e-mails about a confidential company with empty profile fields', () => {
  it('covers every kind that carries a company', () => {
    expect(withCompany.length).toBeGreaterThanOrEqual(10);
  });

  it.each(withCompany)('%s never names or links it, in any part', (kind: EmailKind) => {
    const data = { ...(sampleEmailData(kind) as object), company: { ...SECRET } } as never;
    const email = renderer.render(kind, data);
    const everything = [email.subject, email.html, email.text, ...email.attachments.map((a) => a.content)].join('\n').toLowerCase();
    expect(everything).not.toContain('zanzibar');
    expect(everything).not.toContain('quietworks');
  });
});
