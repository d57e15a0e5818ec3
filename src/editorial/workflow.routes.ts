/** Moving a translation through the workflow, and the machine translation's review and making. */
import { type AdminRoutes, adminPaths, staffOf } from '../admin/index.ts';
import type { TranslationStatus } from '../db/schema.ts';
import { AppError } from '../http/app-error.ts';
import { STATUSES, type StoryParams, storyParams, text } from './editor-form.ts';
import type { EditorPage } from './editor-page.tsx';
import { type EditorialRoutesDeps, siteLanguageOf } from './editorial-deps.ts';

/** datetime-local sends "2026-12-01T09:30" without a zone; the form says it is UTC. */
function publishAtOf(raw: string | undefined): string | undefined {
  const value = raw?.trim();
  if (!value) return undefined;
  return /[zZ]|[+-]\d\d:?\d\d$/.test(value) ? value : `${value}Z`;
}

export function workflowRoutes(deps: EditorialRoutesDeps, editorPage: EditorPage): AdminRoutes {
  const { editorial, settings, stories, machine, audit } = deps;
  return (admin, tools) => {
    admin.post<{ Params: StoryParams; Body: { to?: string; publishAt?: string } }>(
      '/stories/:id/:lang/status',
      {
        config: { permission: 'admin.enter' },
        schema: {
          params: storyParams,
          body: { type: 'object', properties: { _csrf: text(200), to: { type: 'string', enum: STATUSES }, publishAt: text(40) }, required: ['to'] },
        },
      },
      async (request, reply) => {
        const { id } = request.params;
        const language = siteLanguageOf(settings, request.params.lang);
        return tools.submit(
          request,
          async () => {
            await editorial.move(id, language, request.body.to as TranslationStatus, staffOf(request), publishAtOf(request.body.publishAt));
            return reply.redirect(`${adminPaths.story(id, language)}?done=moved`, 303);
          },
          (errors) => editorPage(request, reply, { storyId: id, language, errors, status: 400 }),
        );
      },
    );

    admin.post<{ Params: StoryParams }>(
      '/stories/:id/:lang/machine/review',
      { config: { permission: 'translations.write' }, schema: { params: storyParams } },
      async (request, reply) => {
        const { id, lang } = request.params;
        const reviewer = staffOf(request).id;
        if (!machine || !(await machine.markReviewed(id, lang, reviewer)))
          throw new AppError('translation.not_found', `Story ${id} has no machine translation into ${lang}`);
        await audit.record(reviewer, 'translation.machine_review', `story:${id}/${lang}`);
        const original = await stories.original(id);
        return reply.redirect(`${adminPaths.story(id, original?.language ?? settings.current().defaultLanguage)}?done=reviewed`, 303);
      },
    );

    admin.post<{ Params: StoryParams }>(
      '/stories/:id/:lang/machine',
      { config: { permission: 'translations.write' }, schema: { params: storyParams } },
      async (request, reply) => {
        const { id } = request.params;
        const language = siteLanguageOf(settings, request.params.lang);
        const original = await stories.original(id);
        if (!machine || !original) throw new AppError('story.not_found', `Story ${id} has no published original to translate`);
        try {
          await machine.translateNow(original, language);
        } catch (error) {
          const notice = tools.t(request)('admin.machine.failed', { reason: (error as Error).message });
          return editorPage(request, reply, { storyId: id, language, notice, status: 502 });
        }
        return reply.redirect(`${adminPaths.story(id, language)}?draft=machine`, 303);
      },
    );
  };
}
