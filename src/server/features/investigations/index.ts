export { investigationsRoutes } from './investigations.routes.js';
export { investigationContentRoutes } from './investigation-content.routes.js';
export { investigationsPolicy } from './investigations.policy.js';
export { insertInvestigationPerson } from './investigation-persons.service.js';
export { findInvestigationScope } from './investigations.repo.js';
