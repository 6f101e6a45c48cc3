import { NavLink } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { NavLink as RouterNavLink } from 'react-router';
import type { SessionInfo } from '#shared/contracts/auth.js';
import type { Role } from '#shared/domain/roles.js';
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
