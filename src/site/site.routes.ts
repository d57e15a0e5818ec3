import type { FastifyPluginAsync } from 'fastify';
import { AppError } from '../http/app-error.ts';
import { languageParam } from '../http/schemas.ts';
import { paths } from '../http/urls.ts';
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
  };
}

/** The language of a URL, if it is one of the site's; otherwise the page does not exist. */
export function requireSiteLanguage(settings: SettingsService, language: string): string {
  if (!settings.current().languages.includes(language)) {
    throw new AppError('language.unknown', `Unknown language "${language.slice(0, 40)}"`);
  }
  return language;
}
