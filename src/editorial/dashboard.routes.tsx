/** The admin's front page: who is signed in and where the newsroom's translations stand. */

import type { AdminRoutes } from '../admin/index.ts';
import { DataTable, staffOf } from '../admin/index.ts';
import type { TranslationStatus } from '../db/schema.ts';
import { nativeLanguageName } from '../i18n/locales.ts';
import type { StoriesService } from '../stories/index.ts';

const STATUSES: TranslationStatus[] = ['draft', 'review', 'scheduled', 'published', 'archived'];

export function dashboardRoutes(stories: StoriesService, languages: () => readonly string[]): AdminRoutes {
  return (admin, tools) => {
    admin.get('/', { config: { permission: 'admin.enter' } }, async (request, reply) => {
      const counts = await stories.countTranslationsByStatus();
      const count = (language: string, status: TranslationStatus) => counts.find((c) => c.language === language && c.status === status)?.count ?? 0;
      return tools.page(request, reply, ({ t }) => ({
        title: t('admin.dashboard.title'),
        body: (
          <>
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
          </>
        ),
      }));
    });
  };
}
