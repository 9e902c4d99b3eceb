import { Faker, en } from '@faker-js/faker';
import { HOURS_PER_YEAR, type EmploymentType, type JobStatus, type PayPeriod } from '../entities/job.entity';
import { BRANCHES, PERKS, type BranchSeed, type Place } from './demo-data';
import { FAMILY_NAMES, INDUSTRIES, PLACE_STEMS, type Industry, type IndustryKey, type Sector } from './industries';
import { ROLES, type RoleTemplate } from './roles';
import { SCHEDULES, SHIFT_LABELS, type Shift } from './shifts';

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
  /** Not a column: the industry its name, mission, values and jobs come from. */
  industryKey: IndustryKey;
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
/** The roles each industry hires for (every industry has at least one; the seed spec checks it). */
export const ROLES_BY_INDUSTRY: ReadonlyMap<IndustryKey, readonly RoleTemplate[]> = new Map(
  INDUSTRIES.map((industry) => [industry.key, ROLES.filter((role) => role.industries.includes(industry.key))]),
);

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

/**
 * Every seventh company is confidential. Industries take turns, so even a
 * small board has every kind of client; names are unique.
 */
export function generateCompanies(faker: Faker, count: number): CompanyRow[] {
  const names = new Set<string>();
  const rows: CompanyRow[] = [];
  for (let i = 0; i < count; i++) {
    const industry = INDUSTRIES[i % INDUSTRIES.length] as Industry;
    const name = uniqueCompanyName(faker, industry, names);
    const [minSize, maxSize] = industry.size;
    rows.push({
      id: faker.string.uuid(),
      name,
      website: `https://www.${name.toLowerCase().replace(/&/g, 'and').replace(/[^a-z0-9]+/g, '')}.example`,
      industry: industry.noun,
      mission: faker.helpers.arrayElement(industry.missions),
      values: faker.helpers.arrayElements([...industry.values], { min: 3, max: 5 }),
      goals: faker.helpers.arrayElement(industry.goals),
      operations: `The company ${faker.helpers.arrayElement(industry.operations)}, employing about ${(faker.number.int({ min: minSize, max: maxSize }) * 10).toLocaleString('en-US')} people.`,
      confidential: i % 7 === 3,
      sector: industry.sector,
      industryKey: industry.key,
    });
  }
  return rows;
}

/** "Lakeshore Freight Lines", "Whitaker & Lowe Accounting", "Brennan Trucking": a place-like word or family names, then the trade's suffix. */
export function companyName(faker: Faker, industry: Industry): string {
  const suffix = faker.helpers.arrayElement(industry.suffixes);
  const family = industry.naming === 'family' || (industry.naming === 'both' && faker.datatype.boolean());
  if (!family) return `${faker.helpers.arrayElement(PLACE_STEMS)} ${suffix}`;
  const first = faker.helpers.arrayElement(FAMILY_NAMES);
  // A suffix with its own "&" ("& Associates CPAs", "Tax & Advisory") takes one family name; others one or two.
  if (suffix.includes('&') || faker.datatype.boolean()) return `${first} ${suffix}`;
  let second = faker.helpers.arrayElement(FAMILY_NAMES);
  if (second === first) second = FAMILY_NAMES[(FAMILY_NAMES.indexOf(first) + 1) % FAMILY_NAMES.length] ?? second;
  return `${first} & ${second} ${suffix}`;
}

function uniqueCompanyName(faker: Faker, industry: Industry, taken: Set<string>): string {
  for (let attempt = 0; attempt < 40; attempt++) {
    const name = companyName(faker, industry);
    if (!taken.has(name)) {
      taken.add(name);
      return name;
    }
  }
  // Only boards of thousands of companies get here: two place words read as one name ("Red Oak Ridgeline Logistics").
  for (;;) {
    const name = `${faker.helpers.arrayElement(PLACE_STEMS)} ${companyName(faker, { ...industry, naming: 'place' })}`;
    if (!taken.has(name)) {
      taken.add(name);
      return name;
    }
  }
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

function payRange(faker: Faker, role: RoleTemplate, type: EmploymentType, shift: Shift): { min: number; max: number; period: PayPeriod } {
  if (type === 'direct_hire') {
    const [lo, hi] = role.yearly;
    const min = Math.round(faker.number.int({ min: lo, max: hi - (hi - lo) / 4 }) / 1000) * 1000;
    const max = min + Math.round(faker.number.int({ min: (hi - lo) / 8, max: (hi - lo) / 3 }) / 1000) * 1000;
    return { min: min * 100, max: max * 100, period: 'year' };
  }
  const [lo, hi] = role.hourly;
  // Evenings and nights pay a differential, as their schedule lines say.
  const differential = shift === 'night' ? 2 : shift === 'second' ? 1 : 0;
  const min = Math.round(faker.number.float({ min: lo, max: hi - 1 }) * 2) / 2 + differential;
  const max = Math.min(hi + 2 + differential, min + Math.round(faker.number.float({ min: 1, max: 4 }) * 2) / 2);
  return { min: Math.round(min * 100), max: Math.round(max * 100), period: 'hour' };
}

/** "a hotel", "an outpatient clinic", "an RN", "a CNA": by sound, including letter-by-letter abbreviations. */
export function withArticle(phrase: string): string {
  const word = phrase.split(/[\s–(/-]/, 1)[0] ?? phrase;
  const spelled = /^[A-Z]{2,}$/.test(word);
  const an = spelled ? /^[AEFHILMNORSX]/.test(word) : /^[aeiou]/i.test(word);
  return `${an ? 'an' : 'a'} ${phrase}`;
}

/** The job's title: the role's title, with the shift named unless it is the usual day work. */
function titleFor(faker: Faker, role: RoleTemplate, shift: Shift): string {
  const base = faker.helpers.arrayElement(role.titles);
  // Only shift-based work says "Day Shift"; an office job's title never needs it.
  if (shift === 'day' && role.pattern !== 'plant' && role.pattern !== 'care') return base;
  const label = faker.helpers.arrayElement(SHIFT_LABELS[shift]);
  return label ? `${base} – ${label}` : base;
}

/** The "Schedule:" line of a job: always one of its pattern's lines for its shift. */
export function scheduleFor(faker: Faker, role: RoleTemplate, shift: Shift): string {
  const lines = SCHEDULES[role.pattern][shift];
  if (!lines?.length) throw new Error(`role ${role.key} offers a ${shift} shift that the ${role.pattern} pattern has no schedule for`);
  return faker.helpers.arrayElement(lines);
}

function describe(
  faker: Faker,
  role: RoleTemplate,
  company: CompanyRow,
  title: string,
  shift: Shift,
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
  // No company name here: a confidential client's jobs must not give it away.
  return [
    `Our client, ${withArticle(company.industry)} in ${place.city}, ${place.region}, is hiring ${withArticle(title)}. ${faker.helpers.arrayElement(role.summaries)}`,
    `What you will do: ${faker.helpers.arrayElements([...role.duties], { min: 3, max: role.duties.length }).join('; ')}.`,
    `What you bring: ${faker.helpers.arrayElements([...role.requirements], { min: 2, max: role.requirements.length }).join('; ')}.`,
    `Schedule: ${scheduleFor(faker, role, shift)}`,
    `Why you will like it: ${faker.helpers.arrayElements([...PERKS[type]], { min: 2, max: 3 }).join(' ')}`,
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
    const role = faker.helpers.arrayElement(ROLES_BY_INDUSTRY.get(company.industryKey) ?? ROLES);
    const { row: branch, seed: branchSeed } = faker.helpers.arrayElement(pairs);
    const place = placeNear(faker, branchSeed);
    const type = faker.helpers.arrayElement(role.types);
    const shift = faker.helpers.arrayElement(role.shifts);
    const title = titleFor(faker, role, shift);
    const pay = payRange(faker, role, type, shift);
    const roll = faker.number.int({ min: 1, max: 100 });
    const status: JobStatus = roll <= 88 ? 'open' : roll <= 92 ? 'draft' : roll <= 96 ? 'closed' : 'filled';
    const postedAt = new Date(now.getTime() - faker.number.int({ min: 0, max: 60 * 24 * 60 }) * 60_000);
    const closesAt = faker.datatype.boolean(0.3) ? new Date(postedAt.getTime() + faker.number.int({ min: 60, max: 120 }) * DAY_MS) : null;
    yield {
      id: faker.string.uuid(),
      title,
      description: describe(faker, role, company, title, shift, type, place, branch.city),
      employment_type: type,
      skills: faker.helpers.arrayElements([...role.skills], { min: 3, max: Math.min(5, role.skills.length) }),
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
