/** An unpublished translation shown exactly as its public page will show it, kept out of search engines. */
import type { AdminRoutes } from '../admin/index.ts';
import { renderArticle } from '../stories/index.ts';
import { type StoryParams, storyParams } from './editor-form.ts';
import { type EditorialRoutesDeps, siteLanguageOf } from './editorial-deps.ts';

export function previewRoutes(deps: EditorialRoutesDeps): AdminRoutes {
  return (admin) => {
    admin.get<{ Params: StoryParams }>(
      '/stories/:id/:lang/preview',
      { config: { permission: 'admin.enter' }, schema: { params: storyParams } },
      async (request, reply) => {
        const language = siteLanguageOf(deps.settings, request.params.lang);
        const article = await deps.stories.previewArticle(request.params.id, language);
        const html = await renderArticle(deps, article, article.versions[language]!, { robots: 'noindex, nofollow' });
        return reply.type('text/html; charset=utf-8').send(html);
      },
    );
  };
}
