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

/** A kind of work: titles, skills, duties and believable pay (USD). */
export interface JobTemplate {
  sector: Sector;
  titles: string[];
  skills: string[];
  duties: string[];
  requirements: string[];
  /** Hourly range in dollars (temporary and temp-to-hire work is paid by the hour). */
  hourly: [number, number];
  /** Yearly range in dollars (direct hire). */
  yearly: [number, number];
  /** Which employment types are usual for this work. */
  types: EmploymentType[];
}

export type Sector =
  'logistics' | 'manufacturing' | 'healthcare' | 'office' | 'technology' | 'finance' | 'hospitality' | 'construction' | 'engineering';

export const JOB_TEMPLATES: JobTemplate[] = [
  {
    sector: 'logistics',
    titles: ['Forklift Operator', 'Reach Truck Operator', 'Forklift Operator – 2nd Shift'],
    skills: ['forklift certification', 'reach truck', 'inventory control', 'RF scanner', 'OSHA safety', 'pallet jack'],
    duties: [
      'load and unload trailers safely and on schedule',
      'move pallets between receiving, storage and shipping',
      'keep inventory locations accurate with an RF scanner',
      'complete daily pre-shift equipment inspections',
    ],
    requirements: [
      'a current forklift certification (or willingness to certify on site)',
      'six months of warehouse experience',
      'the ability to lift 50 lb repeatedly',
    ],
    hourly: [18, 24],
    yearly: [40000, 52000],
    types: ['temporary', 'temp_to_hire', 'temp_to_hire'],
  },
  {
    sector: 'logistics',
    titles: ['Warehouse Associate', 'Order Picker', 'Shipping and Receiving Clerk', 'Package Handler'],
    skills: ['order picking', 'packing', 'RF scanner', 'shipping and receiving', 'inventory control', 'teamwork'],
    duties: [
      'pick and pack customer orders accurately',
      'receive inbound freight and check it against purchase orders',
      'label and stage outbound shipments',
      'keep aisles clean and safe',
    ],
    requirements: ['reliable attendance', 'comfort standing and walking for a full shift', 'basic math for counts'],
    hourly: [16, 21],
    yearly: [36000, 45000],
    types: ['temporary', 'temporary', 'temp_to_hire'],
  },
  {
    sector: 'logistics',
    titles: ['CDL-A Truck Driver', 'Delivery Driver', 'Local CDL-B Driver'],
    skills: ['CDL', 'DOT regulations', 'route planning', 'customer service', 'clean driving record'],
    duties: [
      'deliver freight to customers across the metro area',
      'complete pre-trip and post-trip vehicle inspections',
      'keep accurate electronic logs',
      'help customers unload when needed',
    ],
    requirements: ['a valid CDL and a clean driving record', 'a current DOT medical card', 'one year of driving experience'],
    hourly: [24, 32],
    yearly: [62000, 85000],
    types: ['temp_to_hire', 'direct_hire'],
  },
  {
    sector: 'logistics',
    titles: ['Logistics Coordinator', 'Dispatcher', 'Inventory Control Specialist'],
    skills: ['Excel', 'WMS', 'inventory control', 'scheduling', 'communication', 'SAP'],
    duties: [
      'schedule inbound and outbound loads with carriers',
      'reconcile inventory counts in the WMS',
      'track shipments and solve delays',
      'report daily on-time performance',
    ],
    requirements: ['two years in logistics or dispatch', 'strong Excel skills', 'calm communication under pressure'],
    hourly: [21, 28],
    yearly: [48000, 65000],
    types: ['temp_to_hire', 'direct_hire'],
  },
  {
    sector: 'manufacturing',
    titles: ['Machine Operator', 'CNC Machine Operator', 'Production Operator', 'Packaging Machine Operator'],
    skills: ['machine operation', 'CNC', 'blueprint reading', 'quality inspection', 'calipers', 'lean manufacturing'],
    duties: [
      'set up and run production machines to specification',
      'inspect parts with calipers and gauges',
      'record output and scrap on production sheets',
      'clear jams and perform basic preventive maintenance',
    ],
    requirements: [
      'experience operating production equipment',
      'the ability to read work orders and basic blueprints',
      'attention to detail',
    ],
    hourly: [17, 26],
    yearly: [42000, 58000],
    types: ['temporary', 'temp_to_hire', 'temp_to_hire'],
  },
  {
    sector: 'manufacturing',
    titles: ['Assembler', 'Electronics Assembler', 'Production Assembler'],
    skills: ['assembly', 'hand tools', 'soldering', 'quality inspection', 'lean manufacturing'],
    duties: [
      'assemble components following work instructions',
      'solder and test electronic assemblies',
      'check finished units against quality standards',
      'keep the work cell organized with 5S',
    ],
    requirements: ['good hand-eye coordination', 'experience with hand or power tools', 'a steady, careful pace'],
    hourly: [16, 22],
    yearly: [38000, 48000],
    types: ['temporary', 'temp_to_hire'],
  },
  {
    sector: 'manufacturing',
    titles: ['Welder', 'MIG Welder', 'Welder Fabricator'],
    skills: ['MIG welding', 'TIG welding', 'blueprint reading', 'fabrication', 'grinding'],
    duties: [
      'weld steel and aluminum parts to drawings',
      'fit and tack assemblies before final welding',
      'grind and finish welds',
      'inspect welds for defects',
    ],
    requirements: ['passing a practical weld test', 'two years of production welding', 'the ability to read weld symbols'],
    hourly: [22, 32],
    yearly: [50000, 68000],
    types: ['temp_to_hire', 'direct_hire'],
  },
  {
    sector: 'manufacturing',
    titles: ['Maintenance Technician', 'Industrial Maintenance Mechanic'],
    skills: ['PLC troubleshooting', 'electrical', 'hydraulics', 'pneumatics', 'preventive maintenance'],
    duties: [
      'troubleshoot and repair production equipment',
      'carry out the preventive maintenance schedule',
      'diagnose electrical, hydraulic and pneumatic faults',
      'document repairs in the CMMS',
    ],
    requirements: ['three years of industrial maintenance', 'working knowledge of PLCs', 'your own basic tools'],
    hourly: [28, 40],
    yearly: [62000, 85000],
    types: ['temp_to_hire', 'direct_hire'],
  },
  {
    sector: 'manufacturing',
    titles: ['Quality Inspector', 'Quality Technician'],
    skills: ['quality inspection', 'CMM', 'calipers', 'ISO 9001', 'root cause analysis'],
    duties: [
      'inspect incoming and finished parts',
      'measure with CMM, calipers and micrometers',
      'document nonconformances and help find root causes',
      'support ISO 9001 audits',
    ],
    requirements: ['experience with precision measuring tools', 'familiarity with ISO 9001', 'clear written reports'],
    hourly: [20, 28],
    yearly: [48000, 62000],
    types: ['temporary', 'temp_to_hire', 'direct_hire'],
  },
  {
    sector: 'healthcare',
    titles: ['Registered Nurse', 'Registered Nurse – Med/Surg', 'Charge Nurse'],
    skills: ['patient care', 'BLS', 'ACLS', 'EMR', 'medication administration', 'care planning'],
    duties: [
      'assess patients and carry out care plans',
      'administer medications and treatments',
      'document care in the EMR',
      'coordinate with physicians, therapists and families',
    ],
    requirements: ['an active RN license in the state', 'current BLS (ACLS preferred)', 'one year of acute care experience'],
    hourly: [38, 55],
    yearly: [78000, 110000],
    types: ['temporary', 'direct_hire'],
  },
  {
    sector: 'healthcare',
    titles: ['Certified Nursing Assistant', 'Patient Care Technician', 'Home Health Aide'],
    skills: ['patient care', 'vital signs', 'CNA', 'BLS', 'compassion'],
    duties: [
      'help patients with daily living activities',
      'take and record vital signs',
      'support nurses during rounds',
      'keep patient rooms safe and clean',
    ],
    requirements: ['an active CNA certification', 'current BLS', 'a caring, patient manner'],
    hourly: [17, 23],
    yearly: [36000, 46000],
    types: ['temporary', 'temp_to_hire'],
  },
  {
    sector: 'healthcare',
    titles: ['Medical Assistant', 'Phlebotomist', 'Medical Receptionist'],
    skills: ['phlebotomy', 'EMR', 'scheduling', 'insurance verification', 'vital signs'],
    duties: [
      'room patients and take histories',
      'draw blood and label specimens',
      'schedule appointments and verify insurance',
      'keep exam rooms stocked',
    ],
    requirements: ['medical assistant training or certification', 'experience with an EMR', 'friendly front-desk manner'],
    hourly: [18, 25],
    yearly: [38000, 50000],
    types: ['temporary', 'temp_to_hire', 'direct_hire'],
  },
  {
    sector: 'office',
    titles: ['Administrative Assistant', 'Office Coordinator', 'Executive Assistant'],
    skills: ['Microsoft Office', 'calendar management', 'communication', 'data entry', 'organization'],
    duties: [
      'manage calendars and arrange meetings and travel',
      'prepare documents, reports and presentations',
      'greet visitors and answer phones',
      'order supplies and track invoices',
    ],
    requirements: ['two years of office experience', 'strong Microsoft Office skills', 'discretion with confidential information'],
    hourly: [19, 28],
    yearly: [45000, 68000],
    types: ['temporary', 'temp_to_hire', 'direct_hire'],
  },
  {
    sector: 'office',
    titles: ['Customer Service Representative', 'Call Center Representative', 'Client Support Specialist'],
    skills: ['customer service', 'CRM', 'communication', 'problem solving', 'typing'],
    duties: [
      'answer customer calls, chats and e-mails',
      'resolve orders, returns and billing questions',
      'log every contact in the CRM',
      'escalate complex cases to the right team',
    ],
    requirements: ['a year of customer-facing experience', 'typing at 35 words per minute', 'patience and a clear speaking voice'],
    hourly: [17, 22],
    yearly: [37000, 46000],
    types: ['temporary', 'temp_to_hire'],
  },
  {
    sector: 'office',
    titles: ['Data Entry Clerk', 'Receptionist', 'Records Clerk'],
    skills: ['data entry', 'typing', 'Microsoft Office', 'attention to detail', 'filing'],
    duties: [
      'enter and verify records in company systems',
      'scan, index and file documents',
      'answer and route incoming calls',
      'prepare simple reports',
    ],
    requirements: ['fast, accurate typing', 'comfort with spreadsheets', 'reliable attendance'],
    hourly: [16, 20],
    yearly: [34000, 42000],
    types: ['temporary', 'temporary', 'temp_to_hire'],
  },
  {
    sector: 'technology',
    titles: ['Software Engineer', 'Backend Developer', 'Full Stack Developer'],
    skills: ['TypeScript', 'Node.js', 'PostgreSQL', 'React', 'REST APIs', 'Git'],
    duties: [
      'design and build features across the stack',
      'write tested, maintainable code and review peers',
      'improve the performance of APIs and queries',
      'work with product owners on requirements',
    ],
    requirements: [
      'three years of professional software development',
      'solid TypeScript or Java experience',
      'experience with relational databases',
    ],
    hourly: [50, 75],
    yearly: [105000, 150000],
    types: ['temp_to_hire', 'direct_hire', 'direct_hire'],
  },
  {
    sector: 'technology',
    titles: ['IT Support Specialist', 'Help Desk Technician', 'Desktop Support Technician'],
    skills: ['Windows', 'Active Directory', 'Office 365', 'troubleshooting', 'ticketing systems', 'networking'],
    duties: [
      'resolve hardware, software and account issues',
      'set up laptops, phones and printers',
      'manage users in Active Directory and Office 365',
      'document fixes in the ticketing system',
    ],
    requirements: ['a year of help desk experience', 'CompTIA A+ or similar preferred', 'a patient, service-minded attitude'],
    hourly: [22, 30],
    yearly: [50000, 68000],
    types: ['temporary', 'temp_to_hire', 'direct_hire'],
  },
  {
    sector: 'technology',
    titles: ['Data Analyst', 'Business Intelligence Analyst'],
    skills: ['SQL', 'Excel', 'Power BI', 'Python', 'data visualization'],
    duties: [
      'build dashboards and recurring reports',
      'write SQL to answer business questions',
      'clean and validate data from several systems',
      'present findings to managers',
    ],
    requirements: ['two years of analytics experience', 'strong SQL', 'clear presentation of numbers'],
    hourly: [35, 50],
    yearly: [72000, 98000],
    types: ['temp_to_hire', 'direct_hire'],
  },
  {
    sector: 'finance',
    titles: ['Accounts Payable Specialist', 'Accounts Receivable Clerk', 'Billing Specialist'],
    skills: ['accounts payable', 'accounts receivable', 'QuickBooks', 'Excel', 'invoice processing', 'reconciliation'],
    duties: [
      'process vendor invoices and payment runs',
      'reconcile statements and resolve discrepancies',
      'post customer payments and chase overdue accounts',
      'support month-end close',
    ],
    requirements: ['two years in AP, AR or billing', 'QuickBooks or a larger ERP', 'intermediate Excel'],
    hourly: [20, 28],
    yearly: [46000, 60000],
    types: ['temporary', 'temp_to_hire', 'direct_hire'],
  },
  {
    sector: 'finance',
    titles: ['Staff Accountant', 'Senior Accountant', 'Payroll Specialist'],
    skills: ['GAAP', 'general ledger', 'month-end close', 'payroll', 'Excel', 'reconciliation'],
    duties: [
      'prepare journal entries and account reconciliations',
      'own parts of the month-end close',
      'run payroll and answer payroll questions',
      'help with audits and tax filings',
    ],
    requirements: ['a degree in accounting', 'two years of general ledger work', 'sound knowledge of GAAP'],
    hourly: [30, 42],
    yearly: [62000, 88000],
    types: ['temp_to_hire', 'direct_hire'],
  },
  {
    sector: 'hospitality',
    titles: ['Line Cook', 'Prep Cook', 'Banquet Server', 'Dishwasher'],
    skills: ['food safety', 'food preparation', 'knife skills', 'teamwork', 'ServSafe'],
    duties: [
      'prepare dishes to recipe and plating standards',
      'keep stations stocked and clean',
      'follow food safety and labeling rules',
      'help set up and break down events',
    ],
    requirements: ['kitchen or banquet experience', 'a food handler card or ServSafe', 'evening and weekend availability'],
    hourly: [16, 22],
    yearly: [34000, 44000],
    types: ['temporary', 'temporary', 'temp_to_hire'],
  },
  {
    sector: 'hospitality',
    titles: ['Front Desk Agent', 'Housekeeper', 'Guest Services Associate'],
    skills: ['customer service', 'reservations', 'housekeeping', 'communication', 'cash handling'],
    duties: [
      'check guests in and out',
      'answer guest questions and solve problems',
      'clean and prepare rooms to brand standards',
      'handle payments and cash accurately',
    ],
    requirements: ['a friendly, professional manner', 'flexible availability', 'hospitality experience preferred'],
    hourly: [15, 20],
    yearly: [33000, 41000],
    types: ['temporary', 'temp_to_hire'],
  },
  {
    sector: 'construction',
    titles: ['General Laborer', 'Construction Laborer', 'Landscape Laborer'],
    skills: ['power tools', 'OSHA 10', 'material handling', 'site cleanup', 'teamwork'],
    duties: [
      'load, carry and stage materials',
      'keep the job site clean and safe',
      'assist skilled trades with daily tasks',
      'operate hand and power tools',
    ],
    requirements: ['steel-toe boots and reliable transportation', 'the ability to work outdoors in all weather', 'OSHA 10 preferred'],
    hourly: [17, 23],
    yearly: [38000, 47000],
    types: ['temporary', 'temporary', 'temp_to_hire'],
  },
  {
    sector: 'construction',
    titles: ['Electrician', 'Journeyman Electrician', 'HVAC Technician', 'Plumber'],
    skills: ['electrical', 'HVAC', 'plumbing', 'NEC', 'troubleshooting', 'blueprint reading'],
    duties: [
      'install and repair wiring, fixtures and controls',
      'diagnose and service HVAC systems',
      'read blueprints and follow code',
      'mentor apprentices on site',
    ],
    requirements: ['a state journeyman license or equivalent experience', 'knowledge of the NEC or local code', 'your own hand tools'],
    hourly: [28, 42],
    yearly: [60000, 90000],
    types: ['temp_to_hire', 'direct_hire'],
  },
  {
    sector: 'engineering',
    titles: ['Mechanical Engineer', 'Manufacturing Engineer', 'Process Engineer'],
    skills: ['SolidWorks', 'AutoCAD', 'lean manufacturing', 'Six Sigma', 'root cause analysis', 'GD&T'],
    duties: [
      'design fixtures, parts and process improvements',
      'lead root cause analysis of production problems',
      'write work instructions and validate changes',
      'support new product introductions',
    ],
    requirements: ['a degree in mechanical or industrial engineering', 'SolidWorks or AutoCAD', 'three years in manufacturing'],
    hourly: [40, 55],
    yearly: [80000, 115000],
    types: ['temp_to_hire', 'direct_hire'],
  },
  {
    sector: 'engineering',
    titles: ['Project Manager', 'Operations Supervisor', 'Production Supervisor'],
    skills: ['project management', 'leadership', 'scheduling', 'budgeting', 'lean manufacturing', 'communication'],
    duties: [
      'lead a team of 10 to 30 people across shifts',
      'plan schedules, budgets and staffing',
      'track safety, quality and delivery metrics',
      'drive continuous improvement projects',
    ],
    requirements: ['three years of supervisory experience', 'a track record of hitting targets', 'PMP or lean certification preferred'],
    hourly: [32, 45],
    yearly: [70000, 105000],
    types: ['direct_hire', 'temp_to_hire'],
  },
];

/** Client companies by sector: the noun phrase of a masked name and how they describe themselves. */
export const SECTOR_PROFILES: Record<Sector, { industries: string[]; suffixes: string[]; operations: string[] }> = {
  logistics: {
    industries: ['logistics provider', 'third-party logistics company', 'distribution company', 'freight carrier'],
    suffixes: ['Logistics', 'Distribution', 'Freight', 'Supply Chain'],
    operations: [
      'runs distribution centers that ship to retailers across the region',
      'operates a fleet of regional trucks and two cross-dock terminals',
      'fulfils e-commerce orders around the clock from a 400,000 sq ft warehouse',
    ],
  },
  manufacturing: {
    industries: ['manufacturer', 'precision parts manufacturer', 'food manufacturer', 'industrial equipment maker'],
    suffixes: ['Manufacturing', 'Industries', 'Fabrication', 'Components'],
    operations: [
      'machines and assembles components for automotive and agricultural customers',
      'runs three production lines on two shifts in an ISO 9001 certified plant',
      'produces packaged foods for national grocery brands',
    ],
  },
  healthcare: {
    industries: ['healthcare provider', 'regional hospital network', 'home health agency', 'senior living operator'],
    suffixes: ['Health', 'Medical Group', 'Care', 'Health Partners'],
    operations: [
      'operates two hospitals and a network of outpatient clinics',
      'provides skilled nursing and rehabilitation in five communities',
      'sends nurses and aides to patients at home across the metro area',
    ],
  },
  office: {
    industries: ['financial services firm', 'insurance company', 'property management company', 'professional services firm'],
    suffixes: ['Group', 'Partners', 'Services', 'Associates'],
    operations: [
      'serves clients from a downtown office and a customer contact center',
      'manages 12,000 apartments and commercial units',
      'handles claims and policy service for regional insurers',
    ],
  },
  technology: {
    industries: ['software company', 'technology company', 'IT services provider'],
    suffixes: ['Technologies', 'Software', 'Digital', 'Systems'],
    operations: [
      'builds software used by thousands of small businesses',
      'runs managed IT services for schools and clinics',
      'develops a logistics platform used by carriers nationwide',
    ],
  },
  finance: {
    industries: ['accounting firm', 'credit union', 'financial services firm'],
    suffixes: ['Financial', 'Capital', 'Advisors', 'Accounting'],
    operations: [
      'provides accounting, payroll and tax services to mid-sized businesses',
      'serves 80,000 members through twelve branches',
      'manages shared finance operations for several affiliated companies',
    ],
  },
  hospitality: {
    industries: ['hospitality group', 'hotel operator', 'catering company'],
    suffixes: ['Hospitality', 'Hotels', 'Catering', 'Events'],
    operations: [
      'operates hotels and conference venues downtown',
      'caters corporate events, weddings and stadium suites',
      'runs restaurants and banquet halls across the region',
    ],
  },
  construction: {
    industries: ['construction company', 'general contractor', 'facilities services company'],
    suffixes: ['Construction', 'Builders', 'Contracting', 'Facilities'],
    operations: [
      'builds commercial and multifamily projects across the state',
      'maintains HVAC and electrical systems for hundreds of buildings',
      'delivers renovation projects for schools and hospitals',
    ],
  },
  engineering: {
    industries: ['engineering firm', 'industrial automation company', 'aerospace supplier'],
    suffixes: ['Engineering', 'Automation', 'Aerospace', 'Dynamics'],
    operations: [
      'designs and builds automated production lines',
      'engineers and machines aerospace components to tight tolerances',
      'runs engineering and operations for a growing group of plants',
    ],
  },
};

export const COMPANY_VALUES = [
  'Safety first',
  'Integrity',
  'Respect for every person',
  'Customer focus',
  'Continuous improvement',
  'Teamwork',
  'Ownership',
  'Quality without shortcuts',
  'Community',
  'Curiosity',
  'Accountability',
  'Inclusion',
];

export const MISSIONS = [
  'To deliver what our customers need, on time, every time, while keeping every teammate safe.',
  'To make dependable products that our customers and our neighbours can be proud of.',
  'To care for people in our community with skill, dignity and compassion.',
  'To help businesses run smoothly so their people can focus on what matters.',
  'To build things that last, with crews who go home safe every day.',
  'To turn hard problems into simple, reliable solutions for our clients.',
];

export const GOALS = [
  'Open a second facility within two years and promote from within for at least half of the new leadership roles.',
  'Reach zero lost-time injuries this year and cut order errors in half.',
  'Grow the team by 25% while keeping customer satisfaction above 95%.',
  'Shorten delivery times to under 48 hours for every customer in the region.',
  'Train every new hire to full proficiency within 90 days.',
  'Double apprenticeship places and certify every supervisor in lean methods.',
];

export const SCHEDULES = [
  'Monday to Friday, 7:00 am to 3:30 pm.',
  'Second shift, Monday to Friday, 3:00 pm to 11:30 pm, with a shift differential.',
  'Four ten-hour days with three days off each week.',
  'Rotating 12-hour shifts, every other weekend off.',
  'Monday to Friday, 8:30 am to 5:00 pm, hybrid after training.',
  'Full-time days with occasional overtime.',
];

export const PERKS = [
  'Weekly pay and direct deposit.',
  'Medical, dental and vision benefits from day one of eligibility.',
  'Paid time off and paid holidays.',
  'Tuition assistance and on-the-job training.',
  'A 401(k) with company match.',
  'Free parking and on-site break room.',
];
