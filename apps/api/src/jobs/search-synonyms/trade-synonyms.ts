/**
 * Words of the staffing trade that mean the same job. Each group is
 * symmetric: a search for any member also finds the others. Keep members
 * lower-case, as people type them; multi-word members are searched as
 * phrases. Add a group when recruiters report a search that should have
 * found a job; the spec checks every group stays well formed.
 */
export const TRADE_SYNONYMS: readonly (readonly string[])[] = [
  ['cna', 'certified nursing assistant', 'nursing assistant', 'nurse aide'],
  ['rn', 'registered nurse'],
  ['lpn', 'licensed practical nurse', 'lvn', 'licensed vocational nurse'],
  ['cma', 'certified medical assistant', 'medical assistant'],
  ['hha', 'home health aide', 'caregiver'],
  ['cdl', 'truck driver', 'commercial driver', 'tractor trailer driver'],
  ['bookkeeper', 'bookkeeping', 'accounting clerk'],
  ['ap clerk', 'accounts payable clerk', 'accounts payable'],
  ['ar clerk', 'accounts receivable clerk', 'accounts receivable'],
  ['csr', 'customer service representative', 'customer service'],
  ['admin assistant', 'administrative assistant', 'office assistant'],
  ['receptionist', 'front desk'],
  ['forklift', 'lift truck', 'reach truck'],
  ['order picker', 'order selector', 'picker packer'],
  ['janitor', 'custodian'],
  ['housekeeper', 'room attendant'],
  ['welder', 'welding'],
  ['machinist', 'cnc operator'],
  ['hvac', 'heating and air'],
  ['dishwasher', 'dish washer', 'steward'],
];
