export { auditTypePolicies } from './cachePolicy';
export { AuditLogView } from './components/AuditLogView';
