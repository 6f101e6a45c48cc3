export { writeAudit, listAudit, type AuditEntry, type AuditListRow } from './audit.repo.js';
export { verifyAuditChain, type AuditVerification } from './verify-audit.js';
