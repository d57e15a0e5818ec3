/** The admin's front page: who is signed in and where the newsroom's translations stand. */

import type { FastifyRequest } from 'fastify';
import type { VNode } from 'preact';
import type { AdminRoutes, StaffMember } from '../admin/index.ts';
import { DataTable, staffOf } from '../admin/index.ts';
import type { TranslationStatus } from '../db/schema.ts';
import { nativeLanguageName } from '../i18n/locales.ts';
import type { Translate } from '../i18n/messages.ts';
import type { StoriesService } from '../stories/index.ts';

const STATUSES: TranslationStatus[] = ['draft', 'review', 'scheduled', 'published', 'archived'];

/** Warnings other features raise for this staff member (webhooks the worker stopped), already in their language. */
export type DashboardAlerts = (staff: StaffMember, t: Translate) => Promise<string[]>;

/** A card other features put on the dashboard (parity, for one); null when the staff member may not see it. */
export type DashboardCard = (request: FastifyRequest, t: Translate) => Promise<VNode | null>;

export interface DashboardExtensions {
  alerts?: DashboardAlerts;
  cards?: readonly DashboardCard[];
}

export function dashboardRoutes(stories: StoriesService, languages: () => readonly string[], extensions: DashboardExtensions = {}): AdminRoutes {
  const { alerts = async () => [], cards = [] } = extensions;
  return (admin, tools) => {
    admin.get('/', { config: { permission: 'admin.enter' } }, async (request, reply) => {
      const t = tools.t(request);
      const [counts, warnings, extra] = await Promise.all([
        stories.countTranslationsByStatus(),
        alerts(staffOf(request), t),
        Promise.all(cards.map((card) => card(request, t))),
      ]);
      const count = (language: string, status: TranslationStatus) => counts.find((c) => c.language === language && c.status === status)?.count ?? 0;
      return tools.page(request, reply, ({ t }) => ({
        title: t('admin.dashboard.title'),
        body: (
          <>
            {warnings.map((warning) => (
              <p class="notice notice--warning">{warning}</p>
            ))}
            <p>{t('admin.dashboard.welcome', { name: staffOf(request).name })}</p>
            <h2>{t('admin.dashboard.translations')}</h2>
            <DataTable
              label={t('admin.dashboard.translations')}
              columns={[t('admin.dashboard.language'), ...STATUSES.map((status) => t(`admin.status.${status}`))]}
            >
              {languages().map((language) => (
                <tr>
                  <th scope="row">{nativeLanguageName(language)}</th>
                  {STATUSES.map((status) => (
                    <td class="number">{count(language, status)}</td>
                  ))}
                </tr>
              ))}
            </DataTable>
            {extra}
          </>
        ),
      }));
    });
  };
}
