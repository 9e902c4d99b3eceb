import type { EmploymentType } from '@nextstep/db';
import type { JobDetailDto, PayDto } from '../jobs/dto/job.dto';
import { escapeHtml, excerpt, jsonForScript } from './html';

export const SITE_NAME = 'Nextstep';

/** What Google's job search calls the employment types of our board. */
export type SchemaEmploymentType = 'TEMPORARY' | 'FULL_TIME';

/** Temp-to-hire starts as a temporary assignment and becomes a full-time job, so it is both. */
export function schemaOrgEmploymentType(type: EmploymentType): SchemaEmploymentType | SchemaEmploymentType[] {
  switch (type) {
    case 'temporary':
      return 'TEMPORARY';
    case 'temp_to_hire':
      return ['TEMPORARY', 'FULL_TIME'];
    case 'direct_hire':
      return 'FULL_TIME';
  }
}

export const EMPLOYMENT_TYPE_LABELS: Readonly<Record<EmploymentType, string>> = {
  temporary: 'Temporary',
  temp_to_hire: 'Temp-to-hire',
  direct_hire: 'Direct hire',
};

/** "$18.50–$22.00 an hour", "$55,000 a year". */
export function payText(pay: PayDto): string {
  const digits = pay.period === 'hour' ? 2 : 0;
  const money = new Intl.NumberFormat('en-US', {
    style: 'currency',
    currency: pay.currency,
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
  const range = pay.min === pay.max ? money.format(pay.min) : `${money.format(pay.min)}–${money.format(pay.max)}`;
  return `${range} ${pay.period === 'hour' ? 'an hour' : 'a year'}`;
}

/** The plain-text description as HTML paragraphs, which is what Google asks for in `description`. */
function descriptionHtml(text: string): string {
  return text
    .trim()
    .split(/\n\s*\n/)
    .map((paragraph) => `<p>${escapeHtml(paragraph.trim()).replace(/\s*\n\s*/g, '<br>')}</p>`)
    .join('');
}

/**
 * schema.org JobPosting for an open job, with Google's required fields
 * (title, description, datePosted, hiringOrganization, jobLocation) and the
 * recommended ones it can fill (validThrough, baseSalary, employmentType,
 * identifier, directApply).
 *
 * It is built from the public job detail, so a confidential company is
 * already masked; here it is named "Confidential" as Google asks, without
 * logo or sameAs.
 */
export function jobPostingJsonLd(job: JobDetailDto, url: string): Record<string, unknown> {
  const { company, pay } = job;
  return {
    '@context': 'https://schema.org/',
    '@type': 'JobPosting',
    title: job.title,
    description: descriptionHtml(job.description),
    url,
    identifier: { '@type': 'PropertyValue', name: SITE_NAME, value: job.id },
    datePosted: job.postedAt,
    ...(job.closesAt ? { validThrough: job.closesAt } : {}),
    employmentType: schemaOrgEmploymentType(job.employmentType),
    hiringOrganization: company.confidential
      ? { '@type': 'Organization', name: 'Confidential' }
      : { '@type': 'Organization', name: company.name, ...(company.website ? { sameAs: company.website } : {}) },
    industry: company.industry,
    jobLocation: {
      '@type': 'Place',
      address: {
        '@type': 'PostalAddress',
        addressLocality: job.city,
        addressRegion: job.region,
        postalCode: job.postalCode,
        addressCountry: 'US',
      },
      geo: { '@type': 'GeoCoordinates', latitude: job.latitude, longitude: job.longitude },
    },
    baseSalary: {
      '@type': 'MonetaryAmount',
      currency: pay.currency,
      value: {
        '@type': 'QuantitativeValue',
        ...(pay.min === pay.max ? { value: pay.min } : { minValue: pay.min, maxValue: pay.max }),
        unitText: pay.period === 'hour' ? 'HOUR' : 'YEAR',
      },
    },
    ...(job.skills.length ? { skills: job.skills.join(', ') } : {}),
    // Candidates apply on this site, not on a third party's.
    directApply: true,
  };
}

export interface JobHeadOptions {
  /** The job's canonical URL (absolute). */
  url: string;
  /** Open jobs carry the JobPosting data; a closed one asks not to be indexed instead. */
  open: boolean;
}

/** `<title>`, description, canonical, Open Graph and (when open) JSON-LD for a job page. */
export function jobHead(job: JobDetailDto, { url, open }: JobHeadOptions): string {
  const where = `${job.city}, ${job.region}`;
  const title = open ? `${job.title} – ${where} | ${SITE_NAME}` : `${job.title} (closed) – ${where} | ${SITE_NAME}`;
  const facts = [EMPLOYMENT_TYPE_LABELS[job.employmentType], payText(job.pay), job.company.name, where].join(' · ');
  const description = excerpt(open ? `${facts}. ${job.description}` : `This job is no longer open for applications. ${facts}.`, 200);
  const tags = [
    `<title>${escapeHtml(title)}</title>`,
    `<meta name="description" content="${escapeHtml(description)}">`,
    `<link rel="canonical" href="${escapeHtml(url)}">`,
    ...(open ? [] : ['<meta name="robots" content="noindex">']),
    `<meta property="og:type" content="website">`,
    `<meta property="og:site_name" content="${SITE_NAME}">`,
    `<meta property="og:title" content="${escapeHtml(`${job.title} – ${where}`)}">`,
    `<meta property="og:description" content="${escapeHtml(description)}">`,
    `<meta property="og:url" content="${escapeHtml(url)}">`,
    `<meta property="og:locale" content="en_US">`,
    `<meta name="twitter:card" content="summary">`,
    ...(open ? [`<script type="application/ld+json">${jsonForScript(jobPostingJsonLd(job, url))}</script>`] : []),
  ];
  return tags.join('\n');
}
