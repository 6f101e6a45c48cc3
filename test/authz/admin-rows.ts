import { ROLES } from '#shared/domain/roles.js';
import { anAgency, aUser, SYNTH_PASSWORD } from '#test/factories/index.js';
import {
  agencyIdsOf,
  type LeakCheck,
  type MatrixRow,
  type Outsider,
  type World,
} from './matrix-world.js';

/** Administration is per country: another agency's admin of the same country may act. */
const ADMIN_OUTSIDERS: readonly Outsider[] = [
  { role: 'system_admin', from: 'other_country', expect: 404 },
  { role: 'system_admin', from: 'other_agency', expect: '2xx' },
];

const isHomeCountryAgency = async (_w: World, item: Record<string, unknown>) =>
  item.countryCode === 'LBY';
const isHomeCountryUser = async (w: World, item: Record<string, unknown>) =>
  (await agencyIdsOf(w, 'LBY')).has(String(item.agencyId));

const AGENCY_LEAKS: readonly LeakCheck[] = [
  { role: 'system_admin', from: 'other_country', isHomeRow: isHomeCountryAgency },
];

/** A staff member of the home agency that an administrator acts on. */
const homeStaff = (w: World) =>
  aUser(w.t.db, w.t.sealer, { agencyId: w.home.id, roles: ['analyst'] });

export const adminRows: Record<string, MatrixRow> = {
  'GET /api/agencies': {
    kind: 'roles',
    allow: ROLES,
    build: async () => ({ method: 'GET', url: '/api/agencies' }),
    leaks: [
      ...AGENCY_LEAKS,
      { role: 'national_coordinator', from: 'other_country', isHomeRow: isHomeCountryAgency },
    ],
  },
  'GET /api/admin/agencies': {
    kind: 'roles',
    allow: ['system_admin'],
    build: async () => ({ method: 'GET', url: '/api/admin/agencies' }),
    leaks: AGENCY_LEAKS,
  },
  'POST /api/admin/agencies': {
    kind: 'roles',
    allow: ['system_admin'],
    build: async (w) => ({
      method: 'POST',
      url: '/api/admin/agencies',
      payload: { countryCode: 'LBY', kind: 'police', name: `SYNTH Agency ${w.unique()}` },
    }),
    // Creating is a collection action: refused (not hidden) for another country's admin.
    outsiders: [{ role: 'system_admin', from: 'other_country', expect: 403 }],
  },
  'PATCH /api/admin/agencies/:id': {
    kind: 'roles',
    allow: ['system_admin'],
    build: async (w) => {
      const agency = await anAgency(w.t.db);
      return {
        method: 'PATCH',
        url: `/api/admin/agencies/${agency.id}`,
        payload: { name: `SYNTH Renamed ${w.unique()}`, version: 1 },
      };
    },
    outsiders: ADMIN_OUTSIDERS,
  },
  'GET /api/admin/users': {
    kind: 'roles',
    allow: ['system_admin'],
    build: async (w) => {
      await homeStaff(w);
      return { method: 'GET', url: '/api/admin/users' };
    },
    leaks: [{ role: 'system_admin', from: 'other_country', isHomeRow: isHomeCountryUser }],
  },
  'POST /api/admin/users': {
    kind: 'roles',
    allow: ['system_admin'],
    build: async (w) => ({
      method: 'POST',
      url: '/api/admin/users',
      payload: {
        email: `synth.admin-made.${w.unique()}@example.test`,
        displayName: 'SYNTH Admin-made',
        agencyId: w.home.id,
        roles: ['analyst'],
        password: SYNTH_PASSWORD,
      },
    }),
    outsiders: ADMIN_OUTSIDERS,
  },
  'PATCH /api/admin/users/:id': {
    kind: 'roles',
    allow: ['system_admin'],
    build: async (w) => ({
      method: 'PATCH',
      url: `/api/admin/users/${(await homeStaff(w)).id}`,
      payload: { displayName: 'SYNTH Renamed', version: 1 },
    }),
    outsiders: ADMIN_OUTSIDERS,
  },
  'POST /api/admin/users/:id/reset-mfa': {
    kind: 'roles',
    allow: ['system_admin'],
    build: async (w) => ({
      method: 'POST',
      url: `/api/admin/users/${(await homeStaff(w)).id}/reset-mfa`,
    }),
    outsiders: ADMIN_OUTSIDERS,
  },
  'POST /api/admin/users/:id/unlock': {
    kind: 'roles',
    allow: ['system_admin'],
    build: async (w) => ({
      method: 'POST',
      url: `/api/admin/users/${(await homeStaff(w)).id}/unlock`,
    }),
    outsiders: ADMIN_OUTSIDERS,
  },
};

export const countrySettingRows: Record<string, MatrixRow> = {
  'GET /api/admin/country-settings': {
    kind: 'roles',
    allow: ['system_admin', 'national_coordinator'],
    build: async () => ({ method: 'GET', url: '/api/admin/country-settings' }),
  },
  'PUT /api/admin/country-settings': {
    kind: 'roles',
    allow: ['system_admin'],
    build: async (w) => {
      const current = await w.t.db
        .selectFrom('country_setting')
        .select('version')
        .where('country_code', '=', 'LBY')
        .executeTakeFirst();
      return {
        method: 'PUT',
        url: '/api/admin/country-settings',
        payload: { reflectionDays: 45, version: current?.version ?? 0 },
      };
    },
  },
};
