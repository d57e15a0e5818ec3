/** Writing a new story, and editing or translating one language of a story. */
import { type AdminRoutes, adminPaths, staffOf } from '../admin/index.ts';
import { type EditorBody, editorBodySchema, readEditorForm, type StoryParams, storyParams, text } from './editor-form.ts';
import type { EditorPage } from './editor-page.tsx';
import { type EditorialRoutesDeps, siteLanguageOf } from './editorial-deps.ts';

const languageQuery = { type: 'object', properties: { language: text(35) } } as const;

export function storyEditorRoutes(deps: EditorialRoutesDeps, editorPage: EditorPage): AdminRoutes {
  const { editorial, settings } = deps;
  const languageOf = (language: string | undefined) => siteLanguageOf(settings, language ?? settings.current().defaultLanguage);
  return (admin, tools) => {
    admin.get<{ Querystring: { language?: string } }>(
      '/stories/new',
      { config: { permission: 'stories.write' }, schema: { querystring: languageQuery } },
      async (request, reply) => editorPage(request, reply, { storyId: null, language: languageOf(request.query.language) }),
    );

    admin.post<{ Querystring: { language?: string }; Body: EditorBody }>(
      '/stories/new',
      { config: { permission: 'stories.write' }, schema: { querystring: languageQuery, body: editorBodySchema } },
      async (request, reply) => {
        const language = languageOf(request.query.language);
        const form = readEditorForm(request.body);
        return tools.submit(
          request,
          async () => {
            const id = await editorial.createStory(language, form.translation, form.story, staffOf(request));
            return reply.redirect(`${adminPaths.story(id, language)}?done=saved`, 303);
          },
          (errors) => editorPage(request, reply, { storyId: null, language, values: form, errors, status: 400 }),
        );
      },
    );

    admin.get<{ Params: StoryParams; Querystring: { done?: string; from?: string; draft?: string } }>(
      '/stories/:id/:lang',
      {
        config: { permission: 'admin.enter' },
        schema: {
          params: storyParams,
          querystring: { type: 'object', properties: { done: text(20), from: text(35), draft: { type: 'string', enum: ['machine'] } } },
        },
      },
      async (request, reply) => {
        const t = tools.t(request);
        const notices: Record<string, string> = {
          saved: t('admin.story.saved'),
          moved: t('admin.story.moved'),
          restored: t('admin.history.restored'),
          reviewed: t('admin.machine.reviewedNotice'),
        };
        const fromMachine = request.query.draft === 'machine';
        const notice = fromMachine ? t('admin.machine.draftLoaded') : (notices[request.query.done ?? ''] ?? null);
        const language = siteLanguageOf(settings, request.params.lang);
        return editorPage(request, reply, { storyId: request.params.id, language, sourceLanguage: request.query.from, notice, fromMachine });
      },
    );

    admin.post<{ Params: StoryParams; Body: EditorBody }>(
      '/stories/:id/:lang',
      { config: { permission: 'admin.enter' }, schema: { params: storyParams, body: editorBodySchema } },
      async (request, reply) => {
        const { id } = request.params;
        const language = siteLanguageOf(settings, request.params.lang);
        const form = readEditorForm(request.body);
        return tools.submit(
          request,
          async () => {
            await editorial.save(id, language, form.translation, form.story, staffOf(request), form.sourceLanguage);
            return reply.redirect(`${adminPaths.story(id, language)}?done=saved`, 303);
          },
          (errors) => editorPage(request, reply, { storyId: id, language, sourceLanguage: form.sourceLanguage, values: form, errors, status: 400 }),
        );
      },
    );
  };
}
