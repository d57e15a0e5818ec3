/** The admin's front page: who is signed in and where the newsroom's translations stand. */
import type { TranslationStatus } from '../db/schema.ts';
import { TableScroll } from './views/form-fields.tsx';
import { nativeLanguageName } from '../i18n/locales.ts';
import type { StoriesService } from '../stories/index.ts';
import type { AdminRoutes } from './admin-area.tsx';
import { staffOf } from './admin-request.ts';

const STATUSES: TranslationStatus[] = ['draft', 'review', 'scheduled', 'published', 'archived'];

export function dashboardRoutes(stories: StoriesService, languages: () => readonly string[]): AdminRoutes {
  return (admin, tools) => {
    admin.get('/', { config: { permission: 'admin.enter' } }, async (request, reply) => {
      const t = tools.t(request);
      const counts = await stories.countTranslationsByStatus();
      const count = (language: string, status: TranslationStatus) => counts.find((c) => c.language === language && c.status === status)?.count ?? 0;
      return tools.render(request, reply, {
        title: t('admin.dashboard.title'),
        body: (
          <>
            <p>{t('admin.dashboard.welcome', { name: staffOf(request).name })}</p>
            <h2>{t('admin.dashboard.translations')}</h2>
            <TableScroll label={t('admin.dashboard.translations')}>
              <table class="admin-table">
                <thead>
                  <tr>
                    <th scope="col">{t('admin.dashboard.language')}</th>
                    {STATUSES.map((status) => (
                      <th scope="col">{t(`admin.status.${status}`)}</th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {languages().map((language) => (
                    <tr>
                      <th scope="row">{nativeLanguageName(language)}</th>
                      {STATUSES.map((status) => (
                        <td class="number">{count(language, status)}</td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
          </>
        ),
      });
    });
  };
}
