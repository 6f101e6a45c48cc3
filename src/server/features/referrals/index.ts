export { referralsRoutes } from './referrals.routes.js';
export { providersPolicy } from './providers.policy.js';
export { caseReferralsPolicy, referralsPolicy } from './referrals.policy.js';
export { sweepReferralDeadlines } from './referral-deadlines.service.js';
