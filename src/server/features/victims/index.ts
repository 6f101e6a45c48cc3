export { victimsRoutes } from './victims.routes.js';
export { consentsRoutes } from './consents.routes.js';
export { victimsPolicy } from './victims.policy.js';
export { blindIndexOf } from './victims.service.js';
export { sweepReflectionPeriods } from './reflection-alerts.service.js';
export { reintegrationRoutes } from './reintegration.routes.js';
export { sweepFollowUps } from './reintegration.sweep.js';
export { documentsRoutes } from './documents.routes.js';
export { personBlindIndex } from './victims.service.js';
export {
  hasActiveConsent,
  isVictimCaseOfCountry,
  matchesRecordedVictim,
} from './victim-checks.service.js';
export { recordRescuedVictim } from './rescued-victims.service.js';
