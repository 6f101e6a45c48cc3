import type { Writable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import {
  adminPolicy,
  adminRoutes,
  countrySettingsRoutes,
  routingRulesRoutes,
} from './features/admin/index.js';
import { auditPolicy, auditRoutes } from './features/audit/index.js';
import { cooperationPolicy, cooperationRoutes } from './features/cooperation/index.js';
import {
  devClockPolicy,
  devClockRoutes,
  type TestClockControl,
} from './features/dev-clock/index.js';
import { apiTokensPolicy, authRoutes } from './features/auth/index.js';
import {
  casesPolicy,
  casesRoutes,
  savedViewsPolicy,
  savedViewsRoutes,
} from './features/cases/index.js';
import {
  caseReferralsPolicy,
  providersPolicy,
  referralsPolicy,
  referralsRoutes,
} from './features/referrals/index.js';
import { tipsPolicy, tipsRoutes } from './features/tips/index.js';
import {
  consentsRoutes,
  documentsRoutes,
  reintegrationRoutes,
  victimsPolicy,
  victimsRoutes,
} from './features/victims/index.js';
import { notificationsPolicy, notificationsRoutes } from './features/notifications/index.js';
import { transfersPolicy, transfersRoutes } from './features/transfers/index.js';
import { prosecutionsPolicy, prosecutionsRoutes } from './features/prosecutions/index.js';
import { jitPolicy, jitRoutes } from './features/jit/index.js';
import {
  investigationContentRoutes,
  investigationsPolicy,
  investigationsRoutes,
} from './features/investigations/index.js';
import { operationsPolicy, operationsRoutes } from './features/operations/index.js';
import type { AppDeps } from './platform/app-deps.js';
import { ActionRegistry } from './platform/authz/registry.js';
import type { Sealer } from './platform/crypto/sealer.js';
import type { Db } from './platform/db/schema.js';
import { createServer } from './platform/http/create-server.js';
import type { RegisteredRoute } from './platform/http/route-guard.js';
import { installStaticWeb } from './platform/http/static-web.js';
import { createPdfRenderer } from './platform/pdf/render-pdf.js';

export type BuildAppOptions = {
  db: Db;
  sealer: Sealer;
  nodeCountry: string;
  now?: () => Date;
  logLevel?: string;
  logStream?: Writable;
  trustProxy?: boolean;
  session?: Partial<AppDeps['session']>;
  rateLimits?: Partial<AppDeps['rateLimits']>;
  /** Chromium used to print documents; Debian's by default. */
  chromiumPath?: string;
  /** Demo and end-to-end nodes only (TANSIQ_TEST_CLOCK): an administrator may move time on. */
  testClock?: TestClockControl;
  /** Directory of the built web app; omitted in API-only tests. */
  webRoot?: string;
};

export const DEFAULT_CHROMIUM_PATH = '/usr/bin/chromium';

/** Every feature's policy: the registry refuses routes whose action none of them declares. */
const POLICIES = [
  adminPolicy,
  auditPolicy,
  apiTokensPolicy,
  casesPolicy,
  tipsPolicy,
  providersPolicy,
  referralsPolicy,
  caseReferralsPolicy,
  victimsPolicy,
  notificationsPolicy,
  transfersPolicy,
  savedViewsPolicy,
  prosecutionsPolicy,
  jitPolicy,
  investigationsPolicy,
  operationsPolicy,
  cooperationPolicy,
];

export async function buildApp(
  options: BuildAppOptions,
): Promise<{ app: FastifyInstance; routes: RegisteredRoute[] }> {
  const deps: AppDeps = {
    db: options.db,
    sealer: options.sealer,
    now: options.now ?? (() => new Date()),
    nodeCountry: options.nodeCountry,
    session: { maxHours: 12, idleMinutes: 30, cookieSecure: false, ...options.session },
    rateLimits: { publicTipsPerMinute: 10, loginPerMinute: 20, ...options.rateLimits },
    renderPdf: createPdfRenderer({
      executablePath: options.chromiumPath ?? DEFAULT_CHROMIUM_PATH,
    }),
  };
  const actions = new ActionRegistry();
  for (const policy of POLICIES) actions.register(policy);
  if (options.testClock) actions.register(devClockPolicy);

  const { app, routes } = await createServer({
    db: deps.db,
    actions,
    timeouts: { idleMinutes: deps.session.idleMinutes },
    now: deps.now,
    logLevel: options.logLevel ?? 'info',
    logStream: options.logStream,
    trustProxy: options.trustProxy ?? false,
  });
  await app.register(
    async (api) => {
      await api.register(authRoutes(deps));
      await api.register(adminRoutes(deps));
      await api.register(routingRulesRoutes(deps));
      await api.register(countrySettingsRoutes(deps));
      await api.register(tipsRoutes(deps));
      await api.register(casesRoutes(deps));
      await api.register(savedViewsRoutes(deps));
      await api.register(victimsRoutes(deps));
      await api.register(consentsRoutes(deps));
      await api.register(documentsRoutes(deps));
      await api.register(reintegrationRoutes(deps));
      await api.register(notificationsRoutes(deps));
      await api.register(transfersRoutes(deps));
      await api.register(referralsRoutes(deps));
      await api.register(prosecutionsRoutes(deps));
      await api.register(jitRoutes(deps));
      await api.register(investigationsRoutes(deps));
      await api.register(investigationContentRoutes(deps));
      await api.register(operationsRoutes(deps));
      await api.register(cooperationRoutes(deps));
      await api.register(auditRoutes(deps));
      if (options.testClock) await api.register(devClockRoutes(deps, options.testClock));
    },
    { prefix: '/api' },
  );
  if (options.webRoot) installStaticWeb(app, options.webRoot);
  await app.ready();
  return { app, routes };
}
