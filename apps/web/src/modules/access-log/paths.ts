/** Where KE sees what a staff member has read (StaffAuditPage). */
export const STAFF_AUDIT_PATH = '/innsyn';
