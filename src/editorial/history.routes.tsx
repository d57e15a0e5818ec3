/** A translation's revisions, each compared word by word with the one before, and restoring one. */
import { type AdminRoutes, adminPaths, staffOf } from '../admin/index.ts';
import { idParam } from '../http/schemas.ts';
import { formatDateTime } from '../i18n/dates.ts';
import { directionOf } from '../i18n/locales.ts';
import { type StoryParams, storyParams, text } from './editor-form.ts';
import { type EditorialRoutesDeps, siteLanguageOf } from './editorial-deps.ts';
import { readableText, textChanges } from './revision-diff.ts';
import { HistoryPage, RevisionPage } from './views/history.tsx';

const revisionParams = {
  ...storyParams,
  properties: { ...storyParams.properties, revision: idParam },
  required: ['id', 'lang', 'revision'],
} as const;

type RevisionText = { title: string; summary: string; bodyHtml: string; slug: string };

export function historyRoutes({ editorial, settings }: EditorialRoutesDeps): AdminRoutes {
  return (admin, tools) => {
    admin.get<{ Params: StoryParams }>(
      '/stories/:id/:lang/history',
      { config: { permission: 'admin.enter' }, schema: { params: storyParams } },
      async (request, reply) => {
        const { id } = request.params;
        const language = siteLanguageOf(settings, request.params.lang);
        const here = adminPaths.story(id, language);
        const revisions = await editorial.history(id, language);
        return tools.page(request, reply, ({ t }) => ({
          title: t('admin.history.title', { title: revisions[0]?.title ?? '' }),
          body: (
            <HistoryPage
              t={t}
              view={{
                editHref: here,
                editLabel: revisions[0]?.title ?? '',
                rows: revisions.map((r) => ({
                  revision: r.revision,
                  href: `${here}/revisions/${r.revision}`,
                  status: t(`admin.status.${r.status}`),
                  savedBy: r.savedByName ?? t('admin.audit.system'),
                  savedAt: formatDateTime(r.savedAt, request.adminLanguage),
                  savedAtIso: r.savedAt,
                  title: r.title,
                })),
              }}
            />
          ),
        }));
      },
    );

    admin.get<{ Params: StoryParams & { revision: number } }>(
      '/stories/:id/:lang/revisions/:revision',
      { config: { permission: 'admin.enter' }, schema: { params: revisionParams } },
      async (request, reply) => {
        const { id, revision } = request.params;
        const language = siteLanguageOf(settings, request.params.lang);
        const here = adminPaths.story(id, language);
        const { before, after } = await editorial.revision(id, language, revision);
        const editable = await editorial.editable(id, language, staffOf(request));
        const field = (label: string, pick: (r: RevisionText) => string) => {
          const [was, is] = [before ? pick(before) : '', pick(after)];
          return { label, before: was, after: is, parts: textChanges(was, is, language) };
        };
        return tools.page(request, reply, ({ t, csrfToken }) => ({
          title: t('admin.history.compare', { revision }),
          body: (
            <RevisionPage
              t={t}
              view={{
                language,
                dir: directionOf(language),
                first: before === null,
                historyHref: `${here}/history`,
                fields: [
                  field(t('admin.story.title'), (r) => r.title),
                  field(t('admin.story.slug'), (r) => r.slug),
                  field(t('admin.story.summary'), (r) => r.summary),
                  field(t('admin.story.body'), (r) => readableText(r.bodyHtml)),
                ],
                restore:
                  editable.canEdit && revision !== editable.translation?.revision ? { action: `${here}/revisions/${revision}/restore`, csrfToken } : null,
              }}
            />
          ),
        }));
      },
    );

    admin.post<{ Params: StoryParams & { revision: number } }>(
      '/stories/:id/:lang/revisions/:revision/restore',
      { config: { permission: 'admin.enter' }, schema: { params: revisionParams, body: { type: 'object', properties: { _csrf: text(200) } } } },
      async (request, reply) => {
        const { id, revision } = request.params;
        const language = siteLanguageOf(settings, request.params.lang);
        await editorial.restore(id, language, revision, staffOf(request));
        return reply.redirect(`${adminPaths.story(id, language)}?done=restored`, 303);
      },
    );
  };
}
