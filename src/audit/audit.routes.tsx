/** Administrators read the audit log, newest first, filtered by person and action. */

import type { AdminRoutes } from '../admin/index.ts';
import { adminPaths } from '../admin/index.ts';
import { idParam } from '../http/schemas.ts';
import { formatDateTime } from '../i18n/dates.ts';
import type { AuditService } from './audit.service.ts';
import { AuditPage } from './views/audit-page.tsx';

const PAGE_SIZE = 50;

/** `staff` lists the people the log can be filtered by (accounts owns them). */
export function auditRoutes(audit: AuditService, staff: () => Promise<{ id: number; name: string }[]>): AdminRoutes {
  return (admin, tools) => {
    admin.get<{ Querystring: { user?: string; action?: string; before?: number } }>(
      '/audit',
      {
        config: { permission: 'audit.read' },
        schema: {
          querystring: {
            type: 'object',
            properties: {
              user: { type: 'string', pattern: '^[0-9]{0,10}$' },
              action: { type: 'string', maxLength: 100 },
              before: idParam,
            },
          },
        },
      },
      async (request, reply) => {
        const { action, before } = request.query;
        const user = request.query.user ? Number(request.query.user) : undefined;
        const [entries, actions, users] = await Promise.all([
          audit.list({ userId: user, action: action || undefined, before, limit: PAGE_SIZE + 1 }),
          audit.actions(),
          staff(),
        ]);
        const shown = entries.slice(0, PAGE_SIZE);
        const older =
          entries.length > PAGE_SIZE
            ? new URLSearchParams({ ...(user ? { user: String(user) } : {}), ...(action ? { action } : {}), before: String(shown.at(-1)!.id) })
            : null;
        return tools.page(request, reply, ({ t }) => ({
          title: t('admin.audit.title'),
          body: (
            <AuditPage
              t={t}
              action={adminPaths.audit}
              filter={{ user: user ?? null, action: action ?? '' }}
              users={users.map((u) => ({ value: String(u.id), label: u.name }))}
              actions={actions}
              entries={shown.map((entry) => ({
                iso: entry.at,
                when: `${formatDateTime(entry.at, request.adminLanguage, 'medium')} UTC`,
                who: entry.userName ?? t('admin.audit.system'),
                action: entry.action,
                subject: entry.subject,
              }))}
              olderHref={older ? `${adminPaths.audit}?${older}` : null}
            />
          ),
        }));
      },
    );
  };
}
