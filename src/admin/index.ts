/** The admin kernel: the frame, guard, CSRF, roles, paths and form fields every feature's admin pages use. */
export { type AdminRouteEntry, type AdminRoutes, adminArea } from './admin-area.tsx';
export { adminPaths, safeNext } from './admin-paths.ts';
export { SESSION_COOKIE, type StaffMember, staffOf } from './admin-request.ts';
export type { AdminPage, AdminTools, PageKit } from './admin-tools.ts';
export { readMultipartForm, type UploadedFile } from './admin-uploads.ts';
export { can, isRole, type Permission, ROLES, type Role } from './roles.ts';
export {
  CheckboxField,
  CheckboxGroup,
  CsrfField,
  DataTable,
  ErrorSummary,
  Notice,
  SelectField,
  TextAreaField,
  TextField,
} from './views/form-fields.tsx';
