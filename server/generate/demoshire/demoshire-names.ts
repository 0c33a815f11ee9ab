/** Made-up ward names for the fictional district; any likeness to a real place is chance. */
export const DEMO_DISTRICT_NAME = 'Demoshire';

export const DEMO_WARD_NAMES = [
  'Abbotsmere',
  'Ashcombe',
  'Barrowfield',
  'Bramblegate',
  'Castle Hythe',
  'Coldharbour Vale',
  'Deansford',
  'Eastwick Green',
  'Fennerby',
  'Foxley Heath',
  'Gallows Brook',
  'Hollinsend',
  'Kingsmoor',
  'Larkhill Rise',
  'Millbridge',
  'Netherford',
  'Old Wharf',
  'Pennybrook',
  'Quarry Bank',
  'Redhythe',
  'Saltersgate',
  'Thornleigh',
  'Upper Ashby',
  'Westmarch',
] as const;
