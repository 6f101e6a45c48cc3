import type { Role } from './roles.js';

/**
 * Synthetic demo accounts, created only by `tansiq demo seed` (automatically on an empty embedded
 * database). They are printed at start-up; never load them into a production database.
 */
export const DEMO_PASSWORD = 'Demo-Password-2026!';
/** Base32 TOTP secret shared by the demo accounts so a tester can add it to an authenticator once. */
export const DEMO_TOTP_SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';

export type DemoAgencyKey =
  | 'secretariat'
  | 'hotline'
  | 'cid'
  | 'victimServices'
  | 'prosecution'
  | 'centralAuthority'
  | 'shelter'
  | 'iom'
  | 'neighbour';

export const DEMO_ACCOUNTS: readonly {
  email: string;
  name: string;
  role: Role;
  agency: DemoAgencyKey;
}[] = [
  {
    email: 'admin@demo.tansiq.test',
    name: 'Demo Admin',
    role: 'system_admin',
    agency: 'secretariat',
  },
  {
    email: 'coordinator@demo.tansiq.test',
    name: 'Demo Coordinator',
    role: 'national_coordinator',
    agency: 'secretariat',
  },
  {
    email: 'operator@demo.tansiq.test',
    name: 'Demo Operator',
    role: 'hotline_operator',
    agency: 'hotline',
  },
  {
    email: 'investigator@demo.tansiq.test',
    name: 'Demo Investigator',
    role: 'investigator',
    agency: 'cid',
  },
  {
    email: 'caseworker@demo.tansiq.test',
    name: 'Demo Case Worker',
    role: 'case_worker',
    agency: 'victimServices',
  },
  {
    email: 'prosecutor@demo.tansiq.test',
    name: 'Demo Prosecutor',
    role: 'prosecutor',
    agency: 'prosecution',
  },
  {
    email: 'central@demo.tansiq.test',
    name: 'Demo Central Authority',
    role: 'central_authority_officer',
    agency: 'centralAuthority',
  },
  {
    email: 'notices@demo.tansiq.test',
    name: 'Demo Notices Officer',
    role: 'notices_officer',
    agency: 'cid',
  },
  {
    email: 'analyst@demo.tansiq.test',
    name: 'Demo Analyst',
    role: 'analyst',
    agency: 'secretariat',
  },
  {
    email: 'shelter@demo.tansiq.test',
    name: 'Demo Shelter Worker',
    role: 'case_worker',
    agency: 'shelter',
  },
  { email: 'partner@demo.tansiq.test', name: 'Demo Partner', role: 'partner', agency: 'iom' },
  {
    email: 'auditor@demo.tansiq.test',
    name: 'Demo Auditor',
    role: 'auditor',
    agency: 'secretariat',
  },
];
