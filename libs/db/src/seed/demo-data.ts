import type { EmploymentType } from '../entities/job.entity';

/** A place a job can be in: a real town near a branch, with its real coordinates. */
export interface Place {
  city: string;
  region: string;
  postalCode: string;
  latitude: number;
  longitude: number;
}

export interface BranchSeed extends Place {
  name: string;
  addressLine: string;
  phone: string;
  email: string;
  timeZone: string;
  openingHours: string;
  /** Towns around the branch where its jobs are. */
  nearby: Place[];
}

const WEEKDAYS = 'Mon–Fri 8:00–17:00';
const WITH_SATURDAY = 'Mon–Fri 7:30–18:00, Sat 9:00–12:00';

/** Real cities across four US time zones (street addresses are illustrative). */
export const BRANCHES: BranchSeed[] = [
  {
    name: 'Nextstep Chicago Loop',
    addressLine: '200 W Madison St, Suite 1400',
    city: 'Chicago',
    region: 'IL',
    postalCode: '60606',
    latitude: 41.882,
    longitude: -87.6345,
    phone: '+1 312-555-0140',
    email: 'chicago@nextstep.example',
    timeZone: 'America/Chicago',
    openingHours: WITH_SATURDAY,
    nearby: [
      { city: 'Naperville', region: 'IL', postalCode: '60540', latitude: 41.7508, longitude: -88.1535 },
      { city: 'Schaumburg', region: 'IL', postalCode: '60173', latitude: 42.0334, longitude: -88.0834 },
      { city: 'Joliet', region: 'IL', postalCode: '60432', latitude: 41.525, longitude: -88.0817 },
      { city: 'Elk Grove Village', region: 'IL', postalCode: '60007', latitude: 42.0039, longitude: -87.9703 },
    ],
  },
  {
    name: 'Nextstep Milwaukee',
    addressLine: '411 E Wisconsin Ave, Suite 700',
    city: 'Milwaukee',
    region: 'WI',
    postalCode: '53202',
    latitude: 43.0389,
    longitude: -87.9065,
    phone: '+1 414-555-0172',
    email: 'milwaukee@nextstep.example',
    timeZone: 'America/Chicago',
    openingHours: WEEKDAYS,
    nearby: [
      { city: 'Waukesha', region: 'WI', postalCode: '53186', latitude: 43.0117, longitude: -88.2315 },
      { city: 'Racine', region: 'WI', postalCode: '53403', latitude: 42.7261, longitude: -87.7829 },
      { city: 'Oak Creek', region: 'WI', postalCode: '53154', latitude: 42.8859, longitude: -87.8631 },
    ],
  },
  {
    name: 'Nextstep Indianapolis',
    addressLine: '101 W Washington St, Suite 1200',
    city: 'Indianapolis',
    region: 'IN',
    postalCode: '46204',
    latitude: 39.7684,
    longitude: -86.1581,
    phone: '+1 317-555-0118',
    email: 'indianapolis@nextstep.example',
    timeZone: 'America/Indiana/Indianapolis',
    openingHours: WEEKDAYS,
    nearby: [
      { city: 'Carmel', region: 'IN', postalCode: '46032', latitude: 39.9784, longitude: -86.118 },
      { city: 'Plainfield', region: 'IN', postalCode: '46168', latitude: 39.7042, longitude: -86.3994 },
      { city: 'Greenwood', region: 'IN', postalCode: '46142', latitude: 39.6137, longitude: -86.1067 },
    ],
  },
  {
    name: 'Nextstep Columbus',
    addressLine: '65 E State St, Suite 900',
    city: 'Columbus',
    region: 'OH',
    postalCode: '43215',
    latitude: 39.9612,
    longitude: -82.9988,
    phone: '+1 614-555-0163',
    email: 'columbus@nextstep.example',
    timeZone: 'America/New_York',
    openingHours: WEEKDAYS,
    nearby: [
      { city: 'Dublin', region: 'OH', postalCode: '43017', latitude: 40.0992, longitude: -83.1141 },
      { city: 'Grove City', region: 'OH', postalCode: '43123', latitude: 39.8815, longitude: -83.093 },
      { city: 'Westerville', region: 'OH', postalCode: '43081', latitude: 40.1262, longitude: -82.9291 },
    ],
  },
  {
    name: 'Nextstep Atlanta',
    addressLine: '191 Peachtree St NE, Suite 3300',
    city: 'Atlanta',
    region: 'GA',
    postalCode: '30303',
    latitude: 33.759,
    longitude: -84.388,
    phone: '+1 404-555-0191',
    email: 'atlanta@nextstep.example',
    timeZone: 'America/New_York',
    openingHours: WITH_SATURDAY,
    nearby: [
      { city: 'Marietta', region: 'GA', postalCode: '30060', latitude: 33.9526, longitude: -84.5499 },
      { city: 'McDonough', region: 'GA', postalCode: '30253', latitude: 33.4473, longitude: -84.1469 },
      { city: 'Norcross', region: 'GA', postalCode: '30071', latitude: 33.9412, longitude: -84.2135 },
    ],
  },
  {
    name: 'Nextstep Charlotte',
    addressLine: '301 S College St, Suite 2800',
    city: 'Charlotte',
    region: 'NC',
    postalCode: '28202',
    latitude: 35.2271,
    longitude: -80.8431,
    phone: '+1 704-555-0125',
    email: 'charlotte@nextstep.example',
    timeZone: 'America/New_York',
    openingHours: WEEKDAYS,
    nearby: [
      { city: 'Concord', region: 'NC', postalCode: '28025', latitude: 35.4088, longitude: -80.5795 },
      { city: 'Gastonia', region: 'NC', postalCode: '28052', latitude: 35.2621, longitude: -81.1873 },
      { city: 'Rock Hill', region: 'SC', postalCode: '29730', latitude: 34.9249, longitude: -81.0251 },
    ],
  },
  {
    name: 'Nextstep Dallas',
    addressLine: '1601 Elm St, Suite 2500',
    city: 'Dallas',
    region: 'TX',
    postalCode: '75201',
    latitude: 32.783,
    longitude: -96.798,
    phone: '+1 214-555-0157',
    email: 'dallas@nextstep.example',
    timeZone: 'America/Chicago',
    openingHours: WITH_SATURDAY,
    nearby: [
      { city: 'Irving', region: 'TX', postalCode: '75038', latitude: 32.814, longitude: -96.9489 },
      { city: 'Garland', region: 'TX', postalCode: '75040', latitude: 32.9126, longitude: -96.6389 },
      { city: 'Fort Worth', region: 'TX', postalCode: '76102', latitude: 32.7555, longitude: -97.3308 },
      { city: 'Plano', region: 'TX', postalCode: '75074', latitude: 33.0198, longitude: -96.6989 },
    ],
  },
  {
    name: 'Nextstep Denver',
    addressLine: '1700 Lincoln St, Suite 1600',
    city: 'Denver',
    region: 'CO',
    postalCode: '80203',
    latitude: 39.7439,
    longitude: -104.9862,
    phone: '+1 303-555-0134',
    email: 'denver@nextstep.example',
    timeZone: 'America/Denver',
    openingHours: WEEKDAYS,
    nearby: [
      { city: 'Aurora', region: 'CO', postalCode: '80012', latitude: 39.7294, longitude: -104.8319 },
      { city: 'Lakewood', region: 'CO', postalCode: '80226', latitude: 39.7047, longitude: -105.0814 },
      { city: 'Commerce City', region: 'CO', postalCode: '80022', latitude: 39.8083, longitude: -104.9339 },
    ],
  },
  {
    name: 'Nextstep Phoenix',
    addressLine: '2 N Central Ave, Suite 1800',
    city: 'Phoenix',
    region: 'AZ',
    postalCode: '85004',
    latitude: 33.4484,
    longitude: -112.074,
    phone: '+1 602-555-0109',
    email: 'phoenix@nextstep.example',
    timeZone: 'America/Phoenix',
    openingHours: WEEKDAYS,
    nearby: [
      { city: 'Tempe', region: 'AZ', postalCode: '85281', latitude: 33.4255, longitude: -111.94 },
      { city: 'Chandler', region: 'AZ', postalCode: '85225', latitude: 33.3062, longitude: -111.8413 },
      { city: 'Glendale', region: 'AZ', postalCode: '85301', latitude: 33.5387, longitude: -112.186 },
    ],
  },
  {
    name: 'Nextstep Salt Lake City',
    addressLine: '222 S Main St, Suite 500',
    city: 'Salt Lake City',
    region: 'UT',
    postalCode: '84101',
    latitude: 40.764,
    longitude: -111.891,
    phone: '+1 801-555-0186',
    email: 'saltlake@nextstep.example',
    timeZone: 'America/Denver',
    openingHours: WEEKDAYS,
    nearby: [
      { city: 'West Valley City', region: 'UT', postalCode: '84119', latitude: 40.6916, longitude: -111.9391 },
      { city: 'Sandy', region: 'UT', postalCode: '84070', latitude: 40.5649, longitude: -111.8389 },
      { city: 'Ogden', region: 'UT', postalCode: '84401', latitude: 41.223, longitude: -111.9738 },
    ],
  },
  {
    name: 'Nextstep Portland',
    addressLine: '805 SW Broadway, Suite 2100',
    city: 'Portland',
    region: 'OR',
    postalCode: '97205',
    latitude: 45.519,
    longitude: -122.679,
    phone: '+1 503-555-0147',
    email: 'portland@nextstep.example',
    timeZone: 'America/Los_Angeles',
    openingHours: WEEKDAYS,
    nearby: [
      { city: 'Beaverton', region: 'OR', postalCode: '97005', latitude: 45.4871, longitude: -122.8037 },
      { city: 'Hillsboro', region: 'OR', postalCode: '97124', latitude: 45.5229, longitude: -122.9898 },
      { city: 'Vancouver', region: 'WA', postalCode: '98660', latitude: 45.6387, longitude: -122.6615 },
    ],
  },
  {
    name: 'Nextstep Sacramento',
    addressLine: '980 9th St, Suite 1500',
    city: 'Sacramento',
    region: 'CA',
    postalCode: '95814',
    latitude: 38.58,
    longitude: -121.494,
    phone: '+1 916-555-0111',
    email: 'sacramento@nextstep.example',
    timeZone: 'America/Los_Angeles',
    openingHours: WITH_SATURDAY,
    nearby: [
      { city: 'Roseville', region: 'CA', postalCode: '95678', latitude: 38.7521, longitude: -121.288 },
      { city: 'Elk Grove', region: 'CA', postalCode: '95624', latitude: 38.4088, longitude: -121.3716 },
      { city: 'West Sacramento', region: 'CA', postalCode: '95691', latitude: 38.5805, longitude: -121.5302 },
    ],
  },
];

/**
 * What a posting says the client offers, by employment type: a temporary
 * assignment pays weekly through the agency, a direct hire comes with the
 * client's own benefits.
 */
export const PERKS: Record<EmploymentType, readonly string[]> = {
  temporary: [
    'Weekly pay and direct deposit.',
    'Paid safety and skills training before your first shift.',
    'Medical and dental plans through Nextstep after 30 days.',
    'Free parking on site.',
    'A branch team you can call about your assignment any weekday.',
  ],
  temp_to_hire: [
    'Weekly pay and direct deposit while you are on assignment.',
    'A permanent offer after 90 days of good work, with the client’s full benefits.',
    'Paid training and a clear path to the next pay step.',
    'Medical and dental plans through Nextstep while on assignment.',
    'Free parking on site.',
  ],
  direct_hire: [
    'Medical, dental and vision benefits from your first month.',
    'Paid time off and paid holidays.',
    'A 401(k) with company match.',
    'Tuition assistance and paid certifications.',
    'Free parking on site.',
  ],
};
