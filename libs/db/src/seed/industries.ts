/**
 * The kinds of client company on the demo board. Each industry has its own
 * way of naming itself and its own mission, values, goals and operations, so
 * a freight carrier talks about freight and a clinic about patients. All
 * names are invented from a place-like word or a family name plus a suffix
 * the trade uses; websites end in `.example`.
 */

export type Sector =
  | 'logistics'
  | 'manufacturing'
  | 'healthcare'
  | 'office'
  | 'technology'
  | 'finance'
  | 'hospitality'
  | 'construction'
  | 'engineering';

export type IndustryKey =
  | 'freight'
  | 'third_party_logistics'
  | 'wholesale_distribution'
  | 'metal_fabrication'
  | 'food_production'
  | 'electronics'
  | 'plastics'
  | 'hospital'
  | 'senior_living'
  | 'home_health'
  | 'clinic'
  | 'insurance'
  | 'property_management'
  | 'contact_center'
  | 'software'
  | 'it_services'
  | 'accounting'
  | 'credit_union'
  | 'hotel'
  | 'catering'
  | 'general_contractor'
  | 'mechanical_contractor'
  | 'facilities'
  | 'automation'
  | 'aerospace';

export interface Industry {
  key: IndustryKey;
  sector: Sector;
  /** The `industry` column and the description's "Our client, a … in Joliet": unique across industries. */
  noun: string;
  /** How companies of the trade are named: after a place-like word, a family, or either. */
  naming: 'place' | 'family' | 'both';
  suffixes: readonly string[];
  missions: readonly string[];
  /** Three to five are picked per company. */
  values: readonly string[];
  goals: readonly string[];
  /** What the company does, completing "The company …". */
  operations: readonly string[];
  /** Head count range, in tens. */
  size: readonly [number, number];
}

/** Place-like words for names ("Lakeshore Freight Lines"); chosen to read as regional, not as any known brand. */
export const PLACE_STEMS: readonly string[] = [
  'Lakeshore', 'Prairie Ridge', 'Cedar Valley', 'Red Oak', 'Harbor Point', 'Blue River', 'Northfield', 'Ironwood', 'Maple Grove',
  'Stony Creek', 'Willow Bend', 'Granite Hill', 'Riverside', 'Clearwater', 'Sandhill', 'Oak Hollow', 'Pine Bluff', 'Silver Lake',
  'Fox Run', 'High Plains', 'Copper Canyon', 'Bridgewater', 'Elm Street', 'Three Rivers', 'Heartland', 'Brookside', 'Timberline',
  'Meadowbrook', 'Westgate', 'Eastview', 'Southport', 'Kettle Creek', 'Hawthorn', 'Juniper Ridge', 'Birchwood', 'Crossroads',
  'Mill Creek', 'Sycamore', 'Tall Grass', 'Canal Street', 'Union Station', 'Lantern Hill', 'Bluestem', 'Foxglove', 'Wolf Creek',
  'Shady Grove', 'Deer Park', 'Falcon Ridge', 'Golden Prairie', 'Rolling Hills', 'Cobblestone', 'Marigold', 'Aspen Grove',
  'Beacon Hill', 'Harvest Moon', 'Quarry Road', 'Windmill', 'Orchard Lane', 'Trailhead', 'Spring Valley', 'Limestone',
  'Great Lakes', 'Kingfisher', 'Redbud', 'Saddleback', 'Two Bridges', 'Greenbrier', 'Ridgeline', 'Lone Pine', 'Cottonwood',
];

/** Family names for firms named after their founders ("Whitaker & Lowe"). */
export const FAMILY_NAMES: readonly string[] = [
  'Whitaker', 'Lowe', 'Brennan', 'Hollis', 'Grant', 'Delgado', 'Okafor', 'Lindqvist', 'Patel', 'Moreno', 'Caldwell', 'Nguyen',
  'Hartley', 'Sandoval', 'Kowalski', 'Abernathy', 'Fitzgerald', 'Ramirez', 'Thornton', 'Castillo', 'Mercer', 'Haddad', 'Bishop',
  'Vance', 'Okonkwo', 'Sorensen', 'Gallagher', 'Reyes', 'Whitfield', 'Maddox', 'Ibarra', 'Keller', 'Lindgren', 'Pruitt', 'Harlan',
  'Donnelly', 'Beaumont', 'Eriksen', 'Tran', 'Wexler', 'Calloway', 'Marsh', 'Quintero', 'Holloway', 'Barrett', 'Dunmore',
];

const SAFETY_VALUES = ['Safety first', 'Everyone goes home safe', 'Do it right the first time', 'Own the result', 'Respect on every shift'];

export const INDUSTRIES: readonly Industry[] = [
  {
    key: 'freight',
    sector: 'logistics',
    noun: 'regional freight carrier',
    naming: 'both',
    suffixes: ['Freight Lines', 'Trucking', 'Transport', 'Carriers'],
    missions: [
      'To move our customers’ freight safely and on time, with drivers who are home most nights.',
      'To be the carrier shippers call first: on-time pickups, honest ETAs and freight that arrives undamaged.',
      'To run a safe, modern fleet and treat every driver and dock worker as a professional.',
    ],
    values: [...SAFETY_VALUES, 'On time, every load', 'Respect for drivers', 'Straight talk with customers', 'Clean equipment, clean logs'],
    goals: [
      'Keep on-time delivery above 98% while adding forty trucks to the fleet.',
      'Cut preventable accidents by half and bring average driver tenure above five years.',
      'Open a third cross-dock terminal and move every local route to a home-daily schedule.',
    ],
    operations: [
      'runs a fleet of about 300 tractors from three terminals, hauling dry van and refrigerated freight across the Midwest',
      'operates regional and dedicated routes for grocery and building-supply shippers, with a cross-dock at its main terminal',
      'hauls less-than-truckload freight between eight terminals and keeps its own diesel shop',
    ],
    size: [12, 90],
  },
  {
    key: 'third_party_logistics',
    sector: 'logistics',
    noun: 'third-party logistics provider',
    naming: 'place',
    suffixes: ['Logistics', 'Fulfillment', 'Supply Chain', 'Distribution Services'],
    missions: [
      'To store, pick and ship our clients’ products so accurately that they never have to think about their warehouse.',
      'To turn every order into an on-time, error-free shipment, and to give our associates a place to grow.',
      'To be the warehouse partner growing brands trust with their customers’ orders.',
    ],
    values: [...SAFETY_VALUES, 'Accuracy in every order', 'Clients’ customers come first', 'Continuous improvement', 'Teamwork across shifts'],
    goals: [
      'Ship 99.8% of orders accurately while opening a second fulfillment center.',
      'Promote half of all new leads and supervisors from the warehouse floor.',
      'Reach same-day shipping for every order placed before 2 pm.',
    ],
    operations: [
      'runs three fulfillment centers that pick and ship e-commerce orders around the clock',
      'stores and distributes consumer goods for national brands from a 600,000 sq ft warehouse',
      'manages warehousing, kitting and returns for retail and health-care clients',
    ],
    size: [15, 120],
  },
  {
    key: 'wholesale_distribution',
    sector: 'logistics',
    noun: 'wholesale distributor',
    naming: 'both',
    suffixes: ['Supply', 'Distributing', 'Wholesale', 'Supply Co.'],
    missions: [
      'To keep the shelves of local stores, restaurants and contractors stocked, with next-day delivery they can count on.',
      'To be the distributor our customers call by name: the right product, the right price, on the truck tomorrow.',
    ],
    values: [...SAFETY_VALUES, 'Customers are neighbours', 'Do what we said', 'Hustle with care', 'Family-owned thinking'],
    goals: [
      'Deliver 99% of orders complete and on time, and add a second delivery wave for restaurant customers.',
      'Grow the customer base by 20% while keeping order accuracy above 99.5%.',
    ],
    operations: [
      'delivers food-service and janitorial supplies to 4,000 restaurants, schools and offices from one central warehouse',
      'distributes plumbing, electrical and HVAC supplies to contractors through a warehouse and five counters',
      'supplies convenience stores across the region with a fleet of its own delivery trucks',
    ],
    size: [6, 60],
  },
  {
    key: 'metal_fabrication',
    sector: 'manufacturing',
    noun: 'metal fabrication company',
    naming: 'both',
    suffixes: ['Metalworks', 'Fabrication', 'Steel & Fabrication', 'Machine & Tool'],
    missions: [
      'To build steel parts and assemblies that fit the first time, every time, for the machines our customers depend on.',
      'To be the fabrication shop engineers trust with their hardest drawings.',
    ],
    values: [...SAFETY_VALUES, 'Quality without shortcuts', 'Craftsmanship', 'Train the next generation'],
    goals: [
      'Cut rework below 1% and certify every welder to AWS D1.1.',
      'Add a second laser cell and double the number of paid apprenticeships.',
    ],
    operations: [
      'cuts, forms and welds steel and aluminum parts for agricultural and construction equipment makers',
      'fabricates structural steel and custom weldments in a 120,000 sq ft shop running two shifts',
      'machines and assembles hydraulic cylinders and frames for truck body builders',
    ],
    size: [5, 40],
  },
  {
    key: 'food_production',
    sector: 'manufacturing',
    noun: 'food manufacturer',
    naming: 'both',
    suffixes: ['Foods', 'Bakery', 'Provisions', 'Food Co.'],
    missions: [
      'To make good, safe food that families buy again, in a plant our neighbours are proud of.',
      'To bake and pack fresh products for grocery stores every day, with food safety ahead of everything.',
    ],
    values: ['Food safety first', 'Safety first', 'Clean as you go', 'Quality you can taste', 'Respect on every shift', 'Teamwork'],
    goals: [
      'Keep a perfect food-safety audit record and add a fourth packaging line.',
      'Reduce waste by 15% and cross-train every operator on two lines.',
    ],
    operations: [
      'bakes bread and buns for regional grocery chains on three lines that run around the clock',
      'produces frozen meals and sauces for store brands in an SQF-certified plant',
      'roasts, grinds and packs coffee and snack nuts for national retailers',
    ],
    size: [10, 80],
  },
  {
    key: 'electronics',
    sector: 'manufacturing',
    noun: 'electronics manufacturer',
    naming: 'place',
    suffixes: ['Electronics', 'Circuits', 'Controls', 'Electronic Assemblies'],
    missions: [
      'To build reliable circuit boards and control panels that keep our customers’ equipment running.',
      'To turn our customers’ designs into products that work, on time and at the quality we promised.',
    ],
    values: ['Quality without shortcuts', 'Attention to detail', 'Continuous improvement', 'Ownership', 'Curiosity', 'Safety first'],
    goals: [
      'Reach a first-pass yield of 99% on every board we build.',
      'Grow medical and aerospace work to half of sales and gain AS9100 certification.',
    ],
    operations: [
      'assembles printed circuit boards and cable harnesses for industrial and medical customers',
      'builds and tests control panels for HVAC and water-treatment systems',
    ],
    size: [5, 35],
  },
  {
    key: 'plastics',
    sector: 'manufacturing',
    noun: 'plastics manufacturer',
    naming: 'place',
    suffixes: ['Plastics', 'Molding', 'Polymers', 'Packaging'],
    missions: [
      'To mold precise plastic parts and packaging our customers can count on, with as little waste as possible.',
      'To be a dependable, safe plant where operators learn skills for a career.',
    ],
    values: [...SAFETY_VALUES, 'Quality without shortcuts', 'Waste is a cost', 'Teamwork'],
    goals: [
      'Recycle 90% of our regrind and scrap and add six injection-molding presses.',
      'Cut changeover times in half with trained setup technicians on every shift.',
    ],
    operations: [
      'runs 45 injection-molding presses making parts for appliance and automotive customers',
      'extrudes and prints flexible packaging for food brands on a 24/7 schedule',
    ],
    size: [6, 45],
  },
  {
    key: 'hospital',
    sector: 'healthcare',
    noun: 'community hospital',
    naming: 'place',
    suffixes: ['Medical Center', 'Regional Hospital', 'Community Hospital', 'Health System'],
    missions: [
      'To care for every patient in our community with skill, dignity and compassion.',
      'To heal, to comfort and to keep our community healthy, close to home.',
      'To give every patient safe, excellent care, and every caregiver the support to provide it.',
    ],
    values: ['Compassion', 'Patient safety', 'Respect for every person', 'Excellence', 'Teamwork', 'Integrity'],
    goals: [
      'Reach Magnet recognition and keep nurse turnover below 12%.',
      'Open a new emergency department and cut average wait times by a third.',
      'Earn five-star patient safety ratings across all units.',
    ],
    operations: [
      'operates a 240-bed hospital with an emergency department, surgical suites and outpatient clinics',
      'runs a 150-bed acute-care hospital and a network of primary-care clinics',
      'operates a Level II trauma center and a birthing center serving the county',
    ],
    size: [60, 300],
  },
  {
    key: 'senior_living',
    sector: 'healthcare',
    noun: 'senior living community',
    naming: 'place',
    suffixes: ['Senior Living', 'Care Center', 'Health & Rehabilitation', 'Retirement Community'],
    missions: [
      'To make every resident feel at home, known and well cared for, every day.',
      'To give older adults skilled care and a full life, with families as partners.',
    ],
    values: ['Compassion', 'Dignity', 'Residents come first', 'Kindness', 'Respect for every person', 'Teamwork'],
    goals: [
      'Keep a deficiency-free state survey and a five-star quality rating.',
      'Open a memory-care neighbourhood and train every caregiver in dementia care.',
    ],
    operations: [
      'provides assisted living, memory care and skilled nursing for about 220 residents',
      'runs skilled nursing and short-term rehabilitation in three communities',
      'operates an independent and assisted living campus with its own rehab therapy team',
    ],
    size: [8, 40],
  },
  {
    key: 'home_health',
    sector: 'healthcare',
    noun: 'home health agency',
    naming: 'both',
    suffixes: ['Home Health', 'Home Care', 'Home Health Services', 'Visiting Nurses'],
    missions: [
      'To help people recover and live safely at home, with care that comes to them.',
      'To bring skilled, kind care into our patients’ homes, so they can stay where they want to be.',
    ],
    values: ['Compassion', 'Reliability', 'Respect for every home', 'Patient safety', 'Independence', 'Integrity'],
    goals: [
      'Cut hospital readmissions for our patients by 20% and answer every referral within a day.',
      'Grow to serve two more counties while keeping patient satisfaction above 95%.',
    ],
    operations: [
      'sends nurses, therapists and aides to about 900 patients at home across the metro area',
      'provides home health and personal care visits seven days a week',
    ],
    size: [4, 30],
  },
  {
    key: 'clinic',
    sector: 'healthcare',
    noun: 'outpatient clinic group',
    naming: 'both',
    suffixes: ['Family Medicine', 'Medical Group', 'Health Center', 'Clinic'],
    missions: [
      'To give every patient an unhurried visit, clear answers and a care team that knows them.',
      'To make primary care easy to reach for every family in the neighbourhood.',
    ],
    values: ['Patients first', 'Compassion', 'Access for everyone', 'Respect for every person', 'Teamwork', 'Clear communication'],
    goals: [
      'Offer same-day appointments at every clinic and cut no-show rates by a quarter.',
      'Open two new clinics and add evening hours for working families.',
    ],
    operations: [
      'runs eight primary-care and urgent-care clinics with an on-site lab',
      'operates family medicine, pediatrics and women’s health clinics across the metro area',
    ],
    size: [5, 40],
  },
  {
    key: 'insurance',
    sector: 'office',
    noun: 'insurance agency',
    naming: 'both',
    suffixes: ['Insurance', 'Insurance Group', 'Mutual Insurance', 'Insurance Agency'],
    missions: [
      'To protect the families and businesses we insure, and to be there fast when they need to claim.',
      'To explain coverage in plain words and pay fair claims quickly.',
    ],
    values: ['Integrity', 'Customer focus', 'Plain language', 'Accountability', 'Community', 'Respect'],
    goals: [
      'Settle 90% of simple claims within ten days and keep customer retention above 90%.',
      'Move every policy to online self-service while keeping a person one call away.',
    ],
    operations: [
      'writes home, auto and small-business policies and handles claims for about 60,000 customers',
      'services policies and claims for regional insurers from a downtown office and a customer contact center',
    ],
    size: [5, 50],
  },
  {
    key: 'property_management',
    sector: 'office',
    noun: 'property management company',
    naming: 'both',
    suffixes: ['Property Management', 'Properties', 'Residential', 'Realty Management'],
    missions: [
      'To run apartment communities people are glad to come home to, and to answer every request quickly.',
      'To care for our owners’ buildings as if they were our own, and for residents as neighbours.',
    ],
    values: ['Responsiveness', 'Integrity', 'Residents first', 'Ownership', 'Respect', 'Teamwork'],
    goals: [
      'Complete 95% of maintenance requests within 48 hours across every community.',
      'Raise resident renewals above 60% and add 2,000 units under management.',
    ],
    operations: [
      'manages about 12,000 apartments and townhomes in 40 communities',
      'manages apartments, condominium associations and small commercial buildings across the metro area',
    ],
    size: [8, 45],
  },
  {
    key: 'contact_center',
    sector: 'office',
    noun: 'customer contact center',
    naming: 'place',
    suffixes: ['Contact Solutions', 'Customer Care', 'Call Center Services', 'Member Services'],
    missions: [
      'To make every customer who calls, chats or writes feel heard, and to solve their problem the first time.',
      'To answer our clients’ customers the way they would want: quickly, kindly and correctly.',
    ],
    values: ['Customer focus', 'Patience', 'Ownership', 'Growth from within', 'Teamwork', 'Respect'],
    goals: [
      'Resolve 85% of contacts on the first call and promote two-thirds of team leads from the phones.',
      'Add Spanish-language support for every client program.',
    ],
    operations: [
      'answers phone, chat and e-mail support for utilities, retailers and health plans',
      'runs customer service and order-taking programs for national brands from two contact centers',
    ],
    size: [15, 90],
  },
  {
    key: 'software',
    sector: 'technology',
    noun: 'software company',
    naming: 'place',
    suffixes: ['Software', 'Labs', 'Technologies', 'Digital'],
    missions: [
      'To build simple, dependable software that small businesses can run their day on.',
      'To take the paperwork out of work that matters, with products people enjoy using.',
    ],
    values: ['Curiosity', 'Ship and learn', 'Customer focus', 'Ownership', 'Candor', 'Inclusion'],
    goals: [
      'Reach 99.95% uptime and double the number of customers using the mobile app.',
      'Release every week without a rollback and halve support tickets per customer.',
    ],
    operations: [
      'builds scheduling and payroll software used by about 8,000 small businesses',
      'develops a dispatch and fleet-tracking platform used by carriers nationwide',
      'makes patient-scheduling software for clinics and dental offices',
    ],
    size: [3, 30],
  },
  {
    key: 'it_services',
    sector: 'technology',
    noun: 'managed IT services provider',
    naming: 'place',
    suffixes: ['IT Services', 'Networks', 'Tech Solutions', 'Systems'],
    missions: [
      'To keep our clients’ computers, networks and data running and safe, so they can get on with their work.',
      'To be the IT department small organisations cannot afford to build themselves.',
    ],
    values: ['Responsiveness', 'Security by habit', 'Ownership', 'Clear communication', 'Curiosity', 'Customer focus'],
    goals: [
      'Answer every ticket within 15 minutes and resolve 80% on the first contact.',
      'Bring every client to multi-factor sign-in and tested backups this year.',
    ],
    operations: [
      'runs managed IT services for schools, clinics and law firms',
      'supports networks, laptops and cloud accounts for about 300 small businesses',
    ],
    size: [3, 20],
  },
  {
    key: 'accounting',
    sector: 'finance',
    noun: 'accounting firm',
    naming: 'family',
    suffixes: ['& Associates CPAs', 'Accounting', 'CPA Group', 'Tax & Advisory'],
    missions: [
      'To give growing businesses accurate books, on-time filings and advice they can act on.',
      'To be the accountants our clients call before a decision, not only after.',
    ],
    values: ['Integrity', 'Accuracy', 'Confidentiality', 'Client service', 'Lifelong learning', 'Accountability'],
    goals: [
      'Close every client’s books by the tenth of the month and help five staff earn their CPA.',
      'Grow advisory work to a third of revenue while keeping the busy season humane.',
    ],
    operations: [
      'provides bookkeeping, payroll and tax services to about 600 mid-sized businesses',
      'handles audit, tax and outsourced accounting for nonprofits and family companies',
    ],
    size: [3, 25],
  },
  {
    key: 'credit_union',
    sector: 'finance',
    noun: 'credit union',
    naming: 'place',
    suffixes: ['Credit Union', 'Community Credit Union', 'Federal Credit Union', 'Employees Credit Union'],
    missions: [
      'To help our members save, borrow wisely and reach their goals, as a financial cooperative owned by them.',
      'To be the people-first place to bank in our community.',
    ],
    values: ['Members first', 'Integrity', 'Community', 'Financial wellness', 'Respect', 'Teamwork'],
    goals: [
      'Grow membership by 10% and offer free financial coaching at every branch.',
      'Answer every loan application within one business day.',
    ],
    operations: [
      'serves about 80,000 members through twelve branches and a member contact center',
      'offers savings, auto loans and mortgages to members across four counties',
    ],
    size: [10, 50],
  },
  {
    key: 'hotel',
    sector: 'hospitality',
    noun: 'hotel',
    naming: 'place',
    suffixes: ['Hotel', 'Inn & Suites', 'Hotel & Conference Center', 'Lodge'],
    missions: [
      'To give every guest a clean room, a warm welcome and a reason to come back.',
      'To be the hotel travellers remember for its people.',
    ],
    values: ['Warm welcome', 'Guests first', 'Pride in the details', 'Teamwork', 'Respect', 'Growth from within'],
    goals: [
      'Reach a guest satisfaction score in the top 10% of the region.',
      'Renovate every room by next summer and promote from within for every supervisor role.',
    ],
    operations: [
      'runs a 280-room downtown hotel with a restaurant and 20,000 sq ft of meeting space',
      'operates two airport hotels and a conference center',
    ],
    size: [6, 40],
  },
  {
    key: 'catering',
    sector: 'hospitality',
    noun: 'catering and events company',
    naming: 'both',
    suffixes: ['Catering', 'Events', 'Catering & Events', 'Kitchen'],
    missions: [
      'To cook fresh food for every event and serve it so well that the hosts can enjoy their own party.',
      'To make weddings, galas and company lunches memorable, one plate at a time.',
    ],
    values: ['Food safety first', 'Hospitality', 'Calm under pressure', 'Teamwork', 'Pride in the details', 'Respect'],
    goals: [
      'Serve 1,000 events this year with on-time service at every one.',
      'Open a second production kitchen and train every cook in ServSafe.',
    ],
    operations: [
      'caters corporate events, weddings and stadium suites from a central production kitchen',
      'runs banquet halls and a full-service catering kitchen for events of up to 1,200 guests',
    ],
    size: [4, 30],
  },
  {
    key: 'general_contractor',
    sector: 'construction',
    noun: 'general contractor',
    naming: 'both',
    suffixes: ['Builders', 'Construction', 'Contracting', 'Building Co.'],
    missions: [
      'To build schools, clinics and homes that last, with crews who go home safe every day.',
      'To deliver every project on time and on budget, and to leave every site safer than we found it.',
    ],
    values: [...SAFETY_VALUES, 'Build it right', 'Keep our word', 'Craftsmanship'],
    goals: [
      'Work a full year without a lost-time injury and finish every project on schedule.',
      'Double the number of apprentices and hire from the neighbourhoods we build in.',
    ],
    operations: [
      'builds commercial and multifamily projects across the state',
      'delivers renovation and new-build projects for schools and hospitals',
      'builds single-family subdivisions and townhome communities',
    ],
    size: [5, 60],
  },
  {
    key: 'mechanical_contractor',
    sector: 'construction',
    noun: 'mechanical and electrical contractor',
    naming: 'both',
    suffixes: ['Mechanical', 'Electric', 'Heating & Air', 'Plumbing & Heating'],
    missions: [
      'To install and service heating, cooling, plumbing and power systems that work when they are needed.',
      'To be the service company customers trust in their homes and buildings.',
    ],
    values: [...SAFETY_VALUES, 'Fix it right the first time', 'Respect the customer’s space', 'Craftsmanship'],
    goals: [
      'Answer every no-heat call the same day and certify every technician to NATE.',
      'Grow the service agreement base by 25% and graduate ten apprentices to journeyman.',
    ],
    operations: [
      'installs and services HVAC, plumbing and electrical systems for homes and light commercial buildings',
      'runs a service fleet of 60 vans and a commercial installation division',
    ],
    size: [4, 35],
  },
  {
    key: 'facilities',
    sector: 'construction',
    noun: 'facilities services company',
    naming: 'place',
    suffixes: ['Facility Services', 'Building Services', 'Facilities Group', 'Property Services'],
    missions: [
      'To keep offices, schools and hospitals clean, safe and running, mostly while nobody is watching.',
      'To take care of our clients’ buildings so their people can focus on their own work.',
    ],
    values: [...SAFETY_VALUES, 'Pride in a clean building', 'Reliability', 'Respect'],
    goals: [
      'Pass 98% of client inspections and cut callbacks in half.',
      'Move every client site to green-certified cleaning products.',
    ],
    operations: [
      'cleans and maintains offices, schools and medical buildings across the metro area',
      'provides janitorial, maintenance and HVAC service for hundreds of commercial buildings',
    ],
    size: [10, 80],
  },
  {
    key: 'automation',
    sector: 'engineering',
    noun: 'industrial automation company',
    naming: 'place',
    suffixes: ['Automation', 'Controls Engineering', 'Robotics', 'Integration'],
    missions: [
      'To design and build automated lines that make our customers’ plants safer and more productive.',
      'To solve hard production problems with simple, reliable machines.',
    ],
    values: ['Curiosity', 'Engineering rigor', 'Safety first', 'Customer focus', 'Ownership', 'Continuous improvement'],
    goals: [
      'Deliver every machine on the promised date and grow field service by a third.',
      'Standardize our control designs and cut commissioning time in half.',
    ],
    operations: [
      'designs, builds and installs automated assembly and packaging lines',
      'integrates robots, conveyors and PLC controls for food and automotive plants',
    ],
    size: [3, 25],
  },
  {
    key: 'aerospace',
    sector: 'engineering',
    noun: 'aerospace parts supplier',
    naming: 'place',
    suffixes: ['Aerospace', 'Precision', 'Aero Components', 'Precision Machining'],
    missions: [
      'To machine flight-critical parts to the tightest tolerances, with zero escapes to our customers.',
      'To be the precision supplier aircraft builders never have to worry about.',
    ],
    values: ['Quality without shortcuts', 'Traceability', 'Safety first', 'Precision', 'Ownership', 'Continuous improvement'],
    goals: [
      'Keep a perfect AS9100 audit record and on-time delivery above 97%.',
      'Add five-axis machining capacity and train every operator in first-article inspection.',
    ],
    operations: [
      'machines and inspects aerospace components in titanium and aluminum to tight tolerances',
      'engineers, machines and assembles landing-gear and actuator parts for aircraft makers',
    ],
    size: [5, 40],
  },
];

export const INDUSTRY_BY_KEY: ReadonlyMap<IndustryKey, Industry> = new Map(INDUSTRIES.map((industry) => [industry.key, industry]));
export const INDUSTRY_BY_NOUN: ReadonlyMap<string, Industry> = new Map(INDUSTRIES.map((industry) => [industry.noun, industry]));
