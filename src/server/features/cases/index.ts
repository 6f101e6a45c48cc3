export { casesRoutes } from './cases.routes.js';
export { casesPolicy } from './cases.policy.js';
export { assignToCase, handOverCase, openCase, recordCaseEvent } from './cases.service.js';
export { findCaseScope } from './cases.repo.js';
export type { CaseScope } from './cases.policy.js';
export { savedViewsRoutes } from './saved-views.routes.js';
export { savedViewsPolicy } from './saved-views.policy.js';
