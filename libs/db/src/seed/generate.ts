import { Faker, en } from '@faker-js/faker';
import { HOURS_PER_YEAR, type EmploymentType, type JobStatus, type PayPeriod } from '../entities/job.entity';
import {
  BRANCHES,
  COMPANY_VALUES,
  GOALS,
  JOB_TEMPLATES,
  MISSIONS,
  PERKS,
  SCHEDULES,
  SECTOR_PROFILES,
  type BranchSeed,
  type JobTemplate,
  type Place,
  type Sector,
} from './demo-data';

/** Plain rows, ready for the bulk insert (ids are generated here, so a seed is reproducible to the id). */
export interface BranchRow {
  id: string;
  name: string;
  address_line: string;
  city: string;
  region: string;
  postal_code: string;
  phone: string;
  email: string;
  latitude: number;
  longitude: number;
  time_zone: string;
  opening_hours: string;
}

export interface CompanyRow {
  id: string;
  name: string;
  website: string | null;
  industry: string;
  mission: string;
  values: string[];
  goals: string;
  operations: string;
  confidential: boolean;
  /** Not a column: which kind of work the company offers. */
  sector: Sector;
}

export interface JobRow {
  id: string;
  title: string;
  description: string;
  employment_type: EmploymentType;
  skills: string[];
  city: string;
  region: string;
  postal_code: string;
  latitude: number;
  longitude: number;
  pay_min_cents: number;
  pay_max_cents: number;
  pay_period: PayPeriod;
  status: JobStatus;
  branch_id: string;
  company_id: string;
  posted_at: string | null;
  closes_at: string | null;
}

export const DEFAULT_SEED = 20261125;
const DAY_MS = 86_400_000;
const SECTORS = Object.keys(SECTOR_PROFILES) as Sector[];
const TEMPLATES_BY_SECTOR = new Map<Sector, JobTemplate[]>(SECTORS.map((s) => [s, JOB_TEMPLATES.filter((t) => t.sector === s)]));

/** A faker of its own (not the shared global one), seeded: the same seed always gives the same board. */
export function seededFaker(seed: number): Faker {
  const faker = new Faker({ locale: [en] });
  faker.seed(seed);
  return faker;
}

export function generateBranches(faker: Faker): BranchRow[] {
  return BRANCHES.map((b) => ({
    id: faker.string.uuid(),
    name: b.name,
    address_line: b.addressLine,
    city: b.city,
    region: b.region,
    postal_code: b.postalCode,
    phone: b.phone,
    email: b.email,
    latitude: b.latitude,
    longitude: b.longitude,
    time_zone: b.timeZone,
    opening_hours: b.openingHours,
  }));
}

/** Every seventh company is confidential. */
export function generateCompanies(faker: Faker, count: number): CompanyRow[] {
  const names = new Set<string>();
  const rows: CompanyRow[] = [];
  for (let i = 0; i < count; i++) {
    const sector = SECTORS[i % SECTORS.length] as Sector;
    const profile = SECTOR_PROFILES[sector];
    let name = '';
    do {
      const stem = faker.helpers.arrayElement([
        faker.person.lastName(),
        faker.location.city(),
        faker.word.adjective({ length: { min: 4, max: 9 } }),
      ]);
      name = `${stem.charAt(0).toUpperCase()}${stem.slice(1)} ${faker.helpers.arrayElement(profile.suffixes)}`;
    } while (names.has(name));
    names.add(name);
    const industry = faker.helpers.arrayElement(profile.industries);
    rows.push({
      id: faker.string.uuid(),
      name,
      website: `https://www.${name.toLowerCase().replace(/[^a-z0-9]+/g, '')}.example`,
      industry,
      mission: faker.helpers.arrayElement(MISSIONS),
      values: faker.helpers.arrayElements(COMPANY_VALUES, { min: 3, max: 5 }),
      goals: faker.helpers.arrayElement(GOALS),
      operations: `The company ${faker.helpers.arrayElement(profile.operations)}, employing about ${faker.number.int({ min: 4, max: 120 }) * 10} people.`,
      confidential: i % 7 === 3,
      sector,
    });
  }
  return rows;
}

function placeNear(faker: Faker, branch: BranchSeed): Place {
  const place = faker.helpers.arrayElement<Place>([branch, ...branch.nearby]);
  // Spread jobs around the town centre (about ±3 km) so distances differ.
  return {
    ...place,
    latitude: Math.round((place.latitude + faker.number.float({ min: -0.027, max: 0.027 })) * 1e6) / 1e6,
    longitude: Math.round((place.longitude + faker.number.float({ min: -0.035, max: 0.035 })) * 1e6) / 1e6,
  };
}

function payRange(faker: Faker, template: JobTemplate, type: EmploymentType): { min: number; max: number; period: PayPeriod } {
  if (type === 'direct_hire') {
    const [lo, hi] = template.yearly;
    const min = Math.round(faker.number.int({ min: lo, max: hi - (hi - lo) / 4 }) / 1000) * 1000;
    const max = min + Math.round(faker.number.int({ min: (hi - lo) / 8, max: (hi - lo) / 3 }) / 1000) * 1000;
    return { min: min * 100, max: max * 100, period: 'year' };
  }
  const [lo, hi] = template.hourly;
  const min = Math.round(faker.number.float({ min: lo, max: hi - 1 }) * 2) / 2;
  const max = Math.min(hi + 2, min + Math.round(faker.number.float({ min: 1, max: 4 }) * 2) / 2);
  return { min: Math.round(min * 100), max: Math.round(max * 100), period: 'hour' };
}

function describe(
  faker: Faker,
  template: JobTemplate,
  company: CompanyRow,
  title: string,
  type: EmploymentType,
  place: Place,
  branchCity: string,
): string {
  const kind =
    type === 'temporary'
      ? `This is a temporary assignment of about ${faker.number.int({ min: 4, max: 26 })} weeks, with a real chance of extension.`
      : type === 'temp_to_hire'
        ? 'This is a temp-to-hire role: after 90 days of good work the client plans to offer you a permanent position.'
        : 'This is a direct-hire position: you join the client as their employee from day one.';
  return [
    `Our client, a ${company.industry} in ${place.city}, ${place.region}, is hiring a ${title}.`,
    `What you will do: ${faker.helpers.arrayElements(template.duties, { min: 3, max: template.duties.length }).join('; ')}.`,
    `What you bring: ${faker.helpers.arrayElements(template.requirements, { min: 2, max: template.requirements.length }).join('; ')}.`,
    `Schedule: ${faker.helpers.arrayElement(SCHEDULES)}`,
    `Why you will like it: ${faker.helpers.arrayElements(PERKS, { min: 2, max: 3 }).join(' ')}`,
    kind,
    `Questions? Call or visit our ${branchCity} branch.`,
  ].join('\n\n');
}

/**
 * Jobs one at a time, so a 200,000-job board never sits in memory at once.
 * `now` anchors the dates: jobs were posted in the 60 days before it.
 */
export function* generateJobs(faker: Faker, branches: BranchRow[], companies: CompanyRow[], count: number, now: Date): Generator<JobRow> {
  // generateBranches keeps the order of BRANCHES, so each row meets its own towns.
  const pairs = BRANCHES.flatMap((seed, i) => {
    const row = branches[i];
    return row ? [{ row, seed }] : [];
  });
  for (let i = 0; i < count; i++) {
    const company = faker.helpers.arrayElement(companies);
    const template = faker.helpers.arrayElement(TEMPLATES_BY_SECTOR.get(company.sector) ?? JOB_TEMPLATES);
    const { row: branch, seed: branchSeed } = faker.helpers.arrayElement(pairs);
    const place = placeNear(faker, branchSeed);
    const type = faker.helpers.arrayElement(template.types);
    const title = faker.helpers.arrayElement(template.titles);
    const pay = payRange(faker, template, type);
    const roll = faker.number.int({ min: 1, max: 100 });
    const status: JobStatus = roll <= 88 ? 'open' : roll <= 92 ? 'draft' : roll <= 96 ? 'closed' : 'filled';
    const postedAt = new Date(now.getTime() - faker.number.int({ min: 0, max: 60 * 24 * 60 }) * 60_000);
    const closesAt = faker.datatype.boolean(0.3) ? new Date(postedAt.getTime() + faker.number.int({ min: 60, max: 120 }) * DAY_MS) : null;
    yield {
      id: faker.string.uuid(),
      title,
      description: describe(faker, template, company, title, type, place, branch.city),
      employment_type: type,
      skills: faker.helpers.arrayElements(template.skills, { min: 3, max: Math.min(5, template.skills.length) }),
      city: place.city,
      region: place.region,
      postal_code: place.postalCode,
      latitude: place.latitude,
      longitude: place.longitude,
      pay_min_cents: pay.min,
      pay_max_cents: pay.max,
      pay_period: pay.period,
      status,
      branch_id: branch.id,
      company_id: company.id,
      posted_at: status === 'draft' ? null : postedAt.toISOString(),
      closes_at: closesAt?.toISOString() ?? null,
    };
  }
}

/** Yearly equivalent in cents, as the search compares pay. */
export function annualCents(cents: number, period: PayPeriod): number {
  return period === 'hour' ? cents * HOURS_PER_YEAR : cents;
}
