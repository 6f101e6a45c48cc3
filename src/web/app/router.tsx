import { createBrowserRouter } from 'react-router';
import { AgenciesPage } from '#web/features/admin/agencies-page.js';
import { UsersPage } from '#web/features/admin/users-page.js';
import { LoginPage } from '#web/features/auth/login-page.js';
import { MfaEnrolPage } from '#web/features/auth/mfa-enrol-page.js';
import { MfaPage } from '#web/features/auth/mfa-page.js';
import { CasePage } from '#web/features/cases/case-page.js';
import { CasesPage } from '#web/features/cases/cases-page.js';
import { DashboardPage } from '#web/features/dashboard/dashboard-page.js';
import { ProvidersPage } from '#web/features/referrals/providers-page.js';
import { ReferralBoardPage } from '#web/features/referrals/referral-board-page.js';
import { DIRECTORY_READER_ROLES, REFERRAL_ROLES } from '#web/features/referrals/referrals-api.js';
import { TransfersPage } from '#web/features/transfers/transfers-page.js';
import { TRANSFER_ROLES } from '#web/features/transfers/transfers-api.js';
import { ReportPage } from '#web/features/report/report-page.js';
import { ScreeningPage } from '#web/features/victims/screening-page.js';
import { NewTipPage } from '#web/features/tips/new-tip-page.js';
import { TipDetailPage } from '#web/features/tips/tip-detail-page.js';
import { TipsQueuePage } from '#web/features/tips/tips-queue-page.js';
import { ADMIN_ROLES, CASE_ROLES, TIP_ROLES } from '#web/lib/session.js';
import { RequireRole, RequireSession } from './guards.js';
import { NotFoundPage } from './not-found-page.js';
import { PublicShell } from './shell.js';

export function createRouter() {
  return createBrowserRouter([
    {
      element: <PublicShell />,
      children: [
        { path: '/report', element: <ReportPage /> },
        { path: '/login', element: <LoginPage /> },
        { path: '/mfa', element: <MfaPage /> },
        { path: '/mfa/enrol', element: <MfaEnrolPage /> },
      ],
    },
    {
      element: <RequireSession />,
      children: [
        { path: '/', element: <DashboardPage /> },
        {
          element: <RequireRole roles={TIP_ROLES} />,
          children: [
            { path: '/tips', element: <TipsQueuePage /> },
            { path: '/tips/new', element: <NewTipPage /> },
            { path: '/tips/:id', element: <TipDetailPage /> },
          ],
        },
        {
          element: <RequireRole roles={CASE_ROLES} />,
          children: [
            { path: '/cases', element: <CasesPage /> },
            { path: '/cases/:id', element: <CasePage /> },
            { path: '/cases/:id/screening', element: <ScreeningPage /> },
          ],
        },
        {
          element: <RequireRole roles={DIRECTORY_READER_ROLES} />,
          children: [{ path: '/providers', element: <ProvidersPage /> }],
        },
        {
          element: <RequireRole roles={REFERRAL_ROLES} />,
          children: [{ path: '/referrals', element: <ReferralBoardPage /> }],
        },
        {
          element: <RequireRole roles={TRANSFER_ROLES} />,
          children: [{ path: '/transfers', element: <TransfersPage /> }],
        },
        {
          element: <RequireRole roles={ADMIN_ROLES} />,
          children: [
            { path: '/admin/users', element: <UsersPage /> },
            { path: '/admin/agencies', element: <AgenciesPage /> },
          ],
        },
        { path: '*', element: <NotFoundPage /> },
      ],
    },
  ]);
}
