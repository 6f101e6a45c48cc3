import { createBrowserRouter } from 'react-router';
import { AgenciesPage } from '#web/features/admin/agencies-page.js';
import { UsersPage } from '#web/features/admin/users-page.js';
import { LoginPage } from '#web/features/auth/login-page.js';
import { MfaEnrolPage } from '#web/features/auth/mfa-enrol-page.js';
import { MfaPage } from '#web/features/auth/mfa-page.js';
import { CasePage } from '#web/features/cases/case-page.js';
import { CasesPage } from '#web/features/cases/cases-page.js';
import { CooperationDashboardPage } from '#web/features/cooperation/cooperation-dashboard-page.js';
import {
  COOPERATION_DASHBOARD_ROLES,
  COOPERATION_DRAFTER_ROLES,
  COOPERATION_ROLES,
} from '#web/features/cooperation/cooperation-api.js';
import { CooperationListPage } from '#web/features/cooperation/cooperation-list-page.js';
import { CooperationNewPage } from '#web/features/cooperation/cooperation-new-page.js';
import { CooperationRequestPage } from '#web/features/cooperation/cooperation-request-page.js';
import { DashboardPage } from '#web/features/dashboard/dashboard-page.js';
import { InvestigationCreatePage } from '#web/features/investigations/investigation-create-page.js';
import { InvestigationPage } from '#web/features/investigations/investigation-page.js';
import { InvestigationsPage } from '#web/features/investigations/investigations-page.js';
import {
  INVESTIGATION_CREATE_ROLES,
  INVESTIGATION_ROLES,
} from '#web/features/investigations/investigations-api.js';
import { OperationCreatePage } from '#web/features/operations/operation-create-page.js';
import { OperationPage } from '#web/features/operations/operation-page.js';
import { OperationsPage } from '#web/features/operations/operations-page.js';
import {
  OPERATION_PLANNER_ROLES,
  OPERATION_READER_ROLES,
} from '#web/features/operations/operations-api.js';
import { JitCreatePage } from '#web/features/jit/jit-create-page.js';
import { JIT_CREATE_ROLES, JIT_ROLES } from '#web/features/jit/jit-api.js';
import { JitListPage } from '#web/features/jit/jit-list-page.js';
import { JitPage } from '#web/features/jit/jit-page.js';
import { ProsecutionPage } from '#web/features/prosecutions/prosecution-page.js';
import { PROSECUTION_ROLES } from '#web/features/prosecutions/prosecutions-api.js';
import { ProsecutionsPage } from '#web/features/prosecutions/prosecutions-page.js';
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
          element: <RequireRole roles={COOPERATION_ROLES} />,
          children: [
            { path: '/cooperation', element: <CooperationListPage /> },
            { path: '/cooperation/:id', element: <CooperationRequestPage /> },
          ],
        },
        {
          element: <RequireRole roles={COOPERATION_DRAFTER_ROLES} />,
          children: [{ path: '/cooperation/new', element: <CooperationNewPage /> }],
        },
        {
          element: <RequireRole roles={COOPERATION_DASHBOARD_ROLES} />,
          children: [{ path: '/cooperation/dashboard', element: <CooperationDashboardPage /> }],
        },
        {
          element: <RequireRole roles={INVESTIGATION_ROLES} />,
          children: [
            { path: '/investigations', element: <InvestigationsPage /> },
            { path: '/investigations/:id', element: <InvestigationPage /> },
          ],
        },
        {
          element: <RequireRole roles={INVESTIGATION_CREATE_ROLES} />,
          children: [{ path: '/investigations/new', element: <InvestigationCreatePage /> }],
        },
        {
          element: <RequireRole roles={OPERATION_READER_ROLES} />,
          children: [
            { path: '/operations', element: <OperationsPage /> },
            { path: '/operations/:id', element: <OperationPage /> },
          ],
        },
        {
          element: <RequireRole roles={OPERATION_PLANNER_ROLES} />,
          children: [{ path: '/operations/new', element: <OperationCreatePage /> }],
        },
        {
          element: <RequireRole roles={PROSECUTION_ROLES} />,
          children: [
            { path: '/prosecutions', element: <ProsecutionsPage /> },
            { path: '/prosecutions/:id', element: <ProsecutionPage /> },
          ],
        },
        {
          element: <RequireRole roles={JIT_ROLES} />,
          children: [
            { path: '/jit', element: <JitListPage /> },
            { path: '/jit/:id', element: <JitPage /> },
          ],
        },
        {
          element: <RequireRole roles={JIT_CREATE_ROLES} />,
          children: [{ path: '/jit/new', element: <JitCreatePage /> }],
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
