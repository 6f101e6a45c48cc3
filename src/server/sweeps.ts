import { sweepCooperationEscalations } from './features/cooperation/index.js';
import { expireJitAgreements } from './features/jit/index.js';
import { sweepReferralDeadlines } from './features/referrals/index.js';
import { sweepFollowUps, sweepReflectionPeriods } from './features/victims/index.js';
import type { Db } from './platform/db/schema.js';
import type { Sweep } from './platform/jobs/job-queue.js';

/** The deadline sweeps the job queue runs; each acts once per record, so a rerun is harmless. */
export function deadlineSweeps(db: Db): Sweep[] {
  return [
    {
      name: 'referral-deadlines',
      cron: '* * * * *',
      run: (now) => sweepReferralDeadlines(db, now),
    },
    {
      name: 'jit-expiry',
      cron: '5 0 * * *',
      run: (now) => expireJitAgreements(db, now),
    },
    {
      name: 'reflection-periods',
      cron: '7 * * * *',
      run: (now) => sweepReflectionPeriods(db, now),
    },
    {
      name: 'reintegration-follow-ups',
      cron: '17 * * * *',
      run: (now) => sweepFollowUps(db, now),
    },
    {
      name: 'cooperation-escalations',
      cron: '*/5 * * * *',
      run: (now) => sweepCooperationEscalations(db, now),
    },
  ];
}
