/** The newsroom's list of every translation, filtered by language, status, section, author and text. */
import { type AdminRoutes, adminPaths, can, staffOf } from '../admin/index.ts';
import type { TranslationStatus } from '../db/schema.ts';
import { formatDateTime } from '../i18n/dates.ts';
import { nativeLanguageName } from '../i18n/locales.ts';
import { STATUSES, text } from './editor-form.ts';
import type { EditorialRoutesDeps } from './editorial-deps.ts';
import { StoriesList } from './views/stories-list.tsx';

type ListQuery = { language?: string; status?: string; section?: string; author?: string; q?: string; page?: number };

const listQuerySchema = {
  type: 'object',
  properties: {
    language: text(35),
    status: { type: 'string', enum: ['', ...STATUSES] },
    section: { type: 'string', pattern: '^[0-9]{0,9}$' },
    author: { type: 'string', pattern: '^[0-9]{0,9}$' },
    q: text(200),
    page: { type: 'integer', minimum: 1, maximum: 100_000, default: 1 },
  },
} as const;

export function storiesListRoutes({ editorial, taxonomy, accounts, settings }: EditorialRoutesDeps): AdminRoutes {
  return (admin, tools) => {
    admin.get<{ Querystring: ListQuery }>(
      '/stories',
      { config: { permission: 'admin.enter' }, schema: { querystring: listQuerySchema } },
      async (request, reply) => {
        const user = staffOf(request);
        const query = request.query;
        const page = query.page ?? 1;
        const filter = {
          language: query.language || undefined,
          status: (query.status || undefined) as TranslationStatus | undefined,
          termId: query.section ? Number(query.section) : undefined,
          authorId: query.author ? Number(query.author) : undefined,
          text: query.q?.trim() || undefined,
        };
        const [list, sections, users] = await Promise.all([
          editorial.list(filter, page),
          taxonomy.terms('section', request.adminLanguage),
          accounts.listUsers(),
        ]);
        const pageHref = (n: number) => {
          const params = new URLSearchParams(
            Object.entries({ ...query, page: String(n) }).filter(([, v]) => v !== undefined && v !== '') as [string, string][],
          );
          return `${adminPaths.stories}?${params}`;
        };
        return tools.page(request, reply, ({ t }) => ({
          title: t('admin.stories.title'),
          body: (
            <StoriesList
              t={t}
              view={{
                action: adminPaths.stories,
                filter: {
                  language: query.language ?? '',
                  status: query.status ?? '',
                  section: query.section ?? '',
                  author: query.author ?? '',
                  q: query.q ?? '',
                },
                options: {
                  languages: settings.current().languages.map((l) => ({ value: l, label: nativeLanguageName(l) })),
                  statuses: STATUSES.map((s) => ({ value: s, label: t(`admin.status.${s}`) })),
                  sections: sections.map((s) => ({ value: String(s.id), label: s.name })),
                  authors: users.map((u) => ({ value: String(u.id), label: u.name })),
                },
                newStoryLinks: can(user.role, 'stories.write')
                  ? settings.current().languages.map((l) => ({ label: `${t('admin.stories.new')} — ${nativeLanguageName(l)}`, href: adminPaths.newStory(l) }))
                  : [],
                rows: list.rows.map((row) => ({
                  title: row.title,
                  href: adminPaths.story(row.storyId, row.language),
                  language: nativeLanguageName(row.language),
                  status: t(`admin.status.${row.status}`),
                  author: row.authorName ?? '—',
                  updated: formatDateTime(row.updatedAt, request.adminLanguage),
                  updatedIso: row.updatedAt,
                  outOfDate: row.outOfDate,
                })),
                pagination: {
                  previous: list.page > 1 ? pageHref(list.page - 1) : null,
                  next: list.page < list.pages ? pageHref(list.page + 1) : null,
                  status: t('pagination.status', { page: list.page, pages: list.pages }),
                },
              }}
            />
          ),
        }));
      },
    );
  };
}
