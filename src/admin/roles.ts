/**
 * Who may do what in the admin. Every admin route names the permission it needs; this table is the
 * only place that says which roles hold it.
 */
import type { Role } from '../db/schema.ts';

export type { Role } from '../db/schema.ts';

export const ROLES: readonly Role[] = ['administrator', 'editor', 'author', 'translator'];

export type Permission =
  /** Any signed-in staff member: dashboard, own account. */
  | 'admin.enter'
  | 'users.manage'
  | 'audit.read'
  | 'stories.publish'
  | 'taxonomy.manage'
  | 'feedback.read'
  /** The survey's wording and how long comments are kept. */
  | 'feedback.configure'
  /** Machine translation engines: their order and budgets. */
  | 'translation.configure'
  | 'stories.write'
  | 'translations.write'
  /** Personal access tokens for the API, for any user. */
  | 'tokens.manage'
  /** Webhook endpoints, their secrets and deliveries. */
  | 'webhooks.manage'
  /** The organization's glossary: names kept, terms forced, renderings forbidden. */
  | 'glossary.manage'
  /** Readers' reports of bad machine translations: correcting a segment, dismissing a report. */
  | 'translations.review'
  /** How much of the news reaches each official language, and how late. */
  | 'parity.read';

const GRANTS: Record<Role, readonly Permission[]> = {
  administrator: [
    'admin.enter',
    'users.manage',
    'audit.read',
    'stories.publish',
    'taxonomy.manage',
    'feedback.read',
    'feedback.configure',
    'translation.configure',
    'stories.write',
    'translations.write',
    'tokens.manage',
    'webhooks.manage',
    'glossary.manage',
    'translations.review',
    'parity.read',
  ],
  editor: [
    'admin.enter',
    'stories.publish',
    'taxonomy.manage',
    'feedback.read',
    'stories.write',
    'translations.write',
    'glossary.manage',
    'translations.review',
    'parity.read',
  ],
  author: ['admin.enter', 'stories.write'],
  translator: ['admin.enter', 'translations.write', 'translations.review'],
};

export function can(role: Role, permission: Permission): boolean {
  return GRANTS[role].includes(permission);
}

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}
