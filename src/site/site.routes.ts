import type { FastifyPluginAsync } from 'fastify';
import { contentKeys } from '../changes/index.ts';
import { AppError } from '../http/app-error.ts';
import { ICON_PATHS, THEME_COLOR } from '../http/icons.ts';
import { languageParam } from '../http/schemas.ts';
import { sendPage } from '../http/send-page.ts';
import { paths } from '../http/urls.ts';
import { directionOf } from '../i18n/locales.ts';
import { negotiateLanguage } from '../i18n/negotiate.ts';
import type { SettingsService } from './settings.service.ts';

export function siteRoutes(settings: SettingsService): FastifyPluginAsync {
  return async (app) => {
    app.get('/', async (request, reply) => {
      const { languages, defaultLanguage } = settings.current();
      const language = negotiateLanguage(request.headers['accept-language'], languages, defaultLanguage);
      return reply.header('vary', 'Accept-Language').redirect(paths.home(language), 302);
    });

    app.get<{ Params: { lang: string } }>('/:lang', { schema: { params: { type: 'object', properties: { lang: languageParam } } } }, async (request, reply) => {
      const language = requireSiteLanguage(settings, request.params.lang);
      return reply.redirect(paths.home(language), 301);
    });

    // The site as an installable web app, named in the page's language.
    app.get<{ Params: { lang: string } }>(
      '/:lang/manifest.webmanifest',
      { schema: { params: { type: 'object', properties: { lang: languageParam } } } },
      async (request, reply) => {
        const language = requireSiteLanguage(settings, request.params.lang);
        const name = settings.organizationNameIn(language);
        const manifest = {
          name,
          short_name: name,
          description: settings.descriptionIn(language),
          lang: language,
          dir: directionOf(language),
          start_url: paths.home(language),
          scope: '/',
          display: 'minimal-ui',
          theme_color: THEME_COLOR,
          background_color: '#ffffff',
          icons: [
            { src: ICON_PATHS.svg, type: 'image/svg+xml', sizes: 'any' },
            { src: ICON_PATHS.manifest192, type: 'image/png', sizes: '192x192' },
            { src: ICON_PATHS.manifest512, type: 'image/png', sizes: '512x512' },
          ],
        };
        return sendPage(reply, JSON.stringify(manifest), [contentKeys.settings], 'application/manifest+json; charset=utf-8');
      },
    );
  };
}

/** The language of a URL, if it is one of the site's; otherwise the page does not exist. */
export function requireSiteLanguage(settings: SettingsService, language: string): string {
  if (!settings.current().languages.includes(language)) {
    throw new AppError('language.unknown', `Unknown language "${language.slice(0, 40)}"`);
  }
  return language;
}
