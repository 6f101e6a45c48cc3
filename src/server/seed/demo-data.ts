import type { AgencyKind } from '#shared/domain/roles.js';
import type { DemoAgencyKey } from '#shared/domain/demo-accounts.js';

/** Synthetic demo organisation of a national node. Names are invented; no real persons. */
export const DEMO_AGENCIES: Record<
  DemoAgencyKey,
  { country: string; kind: AgencyKind; name: string; region?: string }
> = {
  secretariat: { country: 'LBY', kind: 'ministry', name: 'National Committee Secretariat (demo)' },
  hotline: { country: 'LBY', kind: 'police', name: 'Anti-Trafficking Hotline Unit (demo)' },
  cid: {
    country: 'LBY',
    kind: 'police',
    name: 'Criminal Investigation Department, Tripoli (demo)',
    region: 'TRP',
  },
  victimServices: {
    country: 'LBY',
    kind: 'victim_services',
    name: 'Victim Services Directorate (demo)',
  },
  prosecution: { country: 'LBY', kind: 'prosecution', name: 'Public Prosecution Office (demo)' },
  centralAuthority: {
    country: 'LBY',
    kind: 'central_authority',
    name: 'Central Authority for International Cooperation (demo)',
  },
  shelter: { country: 'LBY', kind: 'shelter_ngo', name: 'Safe Haven Shelter Association (demo)' },
  iom: {
    country: 'LBY',
    kind: 'international_organisation',
    name: 'International Organisation Country Office (demo)',
  },
  neighbour: { country: 'TUN', kind: 'ministry', name: 'Neighbouring National Authority (demo)' },
};

export const DEMO_REGIONS = [
  { code: 'TRP', en: 'Tripoli', fr: 'Tripoli', ar: 'طرابلس' },
  { code: 'BEN', en: 'Benghazi', fr: 'Benghazi', ar: 'بنغازي' },
  { code: 'MIS', en: 'Misrata', fr: 'Misrata', ar: 'مصراتة' },
  { code: 'SEB', en: 'Sabha', fr: 'Sebha', ar: 'سبها' },
  { code: 'KUF', en: 'Kufra', fr: 'Koufra', ar: 'الكفرة' },
];

export const DEMO_TIPS = [
  {
    regionCode: 'SEB',
    locationText: 'SYNTH: warehouse near the southern bus station',
    whatWasSeen: 'SYNTH: a group of young men locked in at night and driven to farms at dawn.',
    peopleInvolved: 'SYNTH: driver of a white van, about ten workers',
    category: 'ForcedLabour',
    childInvolved: false,
    imminentDanger: false,
  },
  {
    regionCode: 'TRP',
    locationText: 'SYNTH: apartment block, third floor',
    whatWasSeen: 'SYNTH: a girl who looks about 14 answers the door and is never seen at school.',
    peopleInvolved: 'SYNTH: a couple employing the girl as a maid',
    category: 'Servitude',
    childInvolved: true,
    imminentDanger: false,
  },
  {
    regionCode: 'KUF',
    locationText: 'SYNTH: desert track east of the town',
    whatWasSeen:
      'SYNTH: trucks loaded with migrants leaving at night; people asked for money to continue.',
    peopleInvolved: 'SYNTH: two drivers, about thirty passengers',
    category: 'MigrantSmuggling',
    childInvolved: false,
    imminentDanger: true,
  },
];
