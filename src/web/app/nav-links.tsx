import { NavLink } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { NavLink as RouterNavLink } from 'react-router';
import type { SessionInfo } from '#shared/contracts/auth.js';
import type { Role } from '#shared/domain/roles.js';
import {
  COOPERATION_DASHBOARD_ROLES,
  COOPERATION_ROLES,
} from '#web/features/cooperation/cooperation-api.js';
import { INVESTIGATION_ROLES } from '#web/features/investigations/investigations-api.js';
import { JIT_ROLES } from '#web/features/jit/jit-api.js';
import { OPERATION_READER_ROLES } from '#web/features/operations/operations-api.js';
import { PROSECUTION_ROLES } from '#web/features/prosecutions/prosecutions-api.js';
import { DIRECTORY_READER_ROLES, REFERRAL_ROLES } from '#web/features/referrals/referrals-api.js';
import { TRANSFER_ROLES } from '#web/features/transfers/transfers-api.js';
import { ADMIN_ROLES, CASE_ROLES, TIP_ROLES, hasAnyRole } from '#web/lib/session.js';

type NavItem = {
  to: string;
  labelKey:
    | 'nav.dashboard'
    | 'nav.tipsQueue'
    | 'nav.newTip'
    | 'nav.cases'
    | 'nav.referrals'
    | 'nav.providers'
    | 'nav.transfers'
    | 'nav.cooperation'
    | 'nav.cooperationDashboard'
    | 'nav.investigations'
    | 'nav.operations'
    | 'nav.prosecutions'
    | 'nav.jit'
    | 'nav.adminUsers'
    | 'nav.adminAgencies';
  roles: readonly Role[] | null;
};

const ITEMS: readonly NavItem[] = [
  { to: '/', labelKey: 'nav.dashboard', roles: null },
  { to: '/tips', labelKey: 'nav.tipsQueue', roles: TIP_ROLES },
  { to: '/tips/new', labelKey: 'nav.newTip', roles: TIP_ROLES },
  { to: '/cases', labelKey: 'nav.cases', roles: CASE_ROLES },
  { to: '/referrals', labelKey: 'nav.referrals', roles: REFERRAL_ROLES },
  { to: '/transfers', labelKey: 'nav.transfers', roles: TRANSFER_ROLES },
  { to: '/providers', labelKey: 'nav.providers', roles: DIRECTORY_READER_ROLES },
  { to: '/cooperation', labelKey: 'nav.cooperation', roles: COOPERATION_ROLES },
  {
    to: '/cooperation/dashboard',
    labelKey: 'nav.cooperationDashboard',
    roles: COOPERATION_DASHBOARD_ROLES,
  },
  { to: '/investigations', labelKey: 'nav.investigations', roles: INVESTIGATION_ROLES },
  { to: '/operations', labelKey: 'nav.operations', roles: OPERATION_READER_ROLES },
  { to: '/prosecutions', labelKey: 'nav.prosecutions', roles: PROSECUTION_ROLES },
  { to: '/jit', labelKey: 'nav.jit', roles: JIT_ROLES },
  { to: '/admin/users', labelKey: 'nav.adminUsers', roles: ADMIN_ROLES },
  { to: '/admin/agencies', labelKey: 'nav.adminAgencies', roles: ADMIN_ROLES },
];

export function NavLinks({
  session,
  onNavigate,
}: {
  session: SessionInfo;
  onNavigate: () => void;
}) {
  const { t } = useTranslation();
  const visible = ITEMS.filter((item) => item.roles === null || hasAnyRole(session, item.roles));
  return (
    <nav aria-label={t('app.navLabel')}>
      {visible.map((item) => (
        <RouterNavLink key={item.to} to={item.to} end onClick={onNavigate} className="nav-link">
          {({ isActive }) => (
            <NavLink component="span" label={t(item.labelKey)} active={isActive} />
          )}
        </RouterNavLink>
      ))}
    </nav>
  );
}
