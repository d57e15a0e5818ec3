/**
 * The readers' side: `GET /{lang}/news/{slug}/report/{n}`, a short form about paragraph n of a machine-translated
 * article, and its `POST`, which answers with a page (303 to the thanks, or the reason it was refused). Works
 * without JavaScript; no cookie, no address kept.
 */
import formbody from '@fastify/formbody';
import type { FastifyError, FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { ERROR_STATUS, type ErrorCode } from '../http/error-codes.ts';
import { invalidField, languageParam, slugParam } from '../http/schemas.ts';
import { paths } from '../http/urls.ts';
import { isLanguageTag } from '../i18n/locales.ts';
import { type MessageKey, translatorFor } from '../i18n/messages.ts';
import type { PageRenderer } from '../site/index.ts';
import type { StoriesService } from '../stories/index.ts';
import { MAX_SUGGESTION_LENGTH, type ReportsService, WINDOW_MINUTES } from './reports.service.ts';
import { PROBLEMS, type ReportProblem } from './reports.types.ts';
import { ReportAnswer, ReportForm } from './views/report-form.tsx';

export interface ReportRoutesDeps {
  reports: ReportsService;
  stories: Pick<StoriesService, 'article'>;
  pages: PageRenderer;
  segmentOf: (storyId: number, language: string, block: number) => Promise<{ translatedHtml: string } | null>;
}

interface Params {
  lang: string;
  slug: string;
  block: number;
}

interface ReportBody {
  problem: ReportProblem;
  suggestion?: string;
  website?: string;
}

const BODY_LIMIT = 16 * 1024;
const TEXT = '^[^\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f]*$';
const params = {
  type: 'object',
  required: ['lang', 'slug', 'block'],
  properties: { lang: languageParam, slug: slugParam, block: { type: 'integer', minimum: 1, maximum: 100_000 } },
} as const;
const body = {
  type: 'object',
  required: ['problem'],
  properties: {
    problem: { type: 'string', enum: [...PROBLEMS] },
    suggestion: { type: 'string', maxLength: MAX_SUGGESTION_LENGTH, pattern: TEXT },
    website: { type: 'string', maxLength: 1000 },
  },
} as const;

type Refusal = 'trap' | 'automated' | 'rate_limited' | 'segment_unknown' | 'problem_invalid' | 'suggestion_invalid' | 'content_type';

const REFUSALS: Record<Refusal, { code: ErrorCode; message: MessageKey }> = {
  trap: { code: 'translation_report.trap', message: 'feedback.refused.trap' },
  automated: { code: 'translation_report.automated', message: 'mt.report.refused.automated' },
  rate_limited: { code: 'translation_report.rate_limited', message: 'mt.report.refused.rateLimited' },
  segment_unknown: { code: 'translation_report.segment_unknown', message: 'mt.report.refused.unknown' },
  problem_invalid: { code: 'translation_report.problem_invalid', message: 'mt.report.refused.problem' },
  suggestion_invalid: { code: 'translation_report.suggestion_invalid', message: 'mt.report.refused.suggestion' },
  content_type: { code: 'translation_report.content_type', message: 'mt.report.refused.contentType' },
};

function refusalOf(error: FastifyError): Refusal {
  const field = invalidField(error);
  return field === 'suggestion' ? 'suggestion_invalid' : field === 'website' ? 'trap' : 'problem_invalid';
}

export function reportRoutes({ reports, stories, pages, segmentOf }: ReportRoutesDeps): FastifyPluginAsync {
  /** The machine-translated story at that address: its original (a story with a person's text there has no reports). */
  async function storyAt(language: string, slug: string) {
    const lookup = await stories.article(language, slug);
    return 'untranslated' in lookup ? lookup.untranslated : null;
  }

  async function answer(reply: FastifyReply, language: string, path: string, spec: { status: number; title: string; text: string; backHref: string | null }) {
    const t = translatorFor(language);
    const html = await pages.renderPage({
      language,
      title: spec.title,
      path,
      versions: {},
      robots: 'noindex',
      body: <ReportAnswer t={t} title={spec.title} text={spec.text} backHref={spec.backHref} />,
    });
    return reply.code(spec.status).header('cache-control', 'no-store').type('text/html; charset=utf-8').send(html);
  }

  async function refuse(request: FastifyRequest<{ Params: Params }>, reply: FastifyReply, refusal: Refusal) {
    const { lang, slug } = request.params;
    const t = translatorFor(lang);
    const { code, message } = REFUSALS[refusal];
    if (refusal === 'rate_limited') reply.header('retry-after', String(WINDOW_MINUTES * 60));
    reply.header('x-diwan-error', code);
    return answer(reply, lang, paths.translationReport(lang, slug, request.params.block), {
      status: ERROR_STATUS[code],
      title: t('mt.report.refused.title'),
      text: t(message, { max: MAX_SUGGESTION_LENGTH }),
      backHref: paths.article(lang, slug),
    });
  }

  return async (app) => {
    await app.register(formbody, { bodyLimit: BODY_LIMIT });

    app.get<{ Params: Params; Querystring: { sent?: string } }>(
      '/:lang/news/:slug/report/:block',
      { schema: { params, querystring: { type: 'object', properties: { sent: { type: 'string', maxLength: 5 } } } } },
      async (request, reply) => {
        const { lang, slug, block } = request.params;
        if (!isLanguageTag(lang)) return reply.callNotFound();
        const t = translatorFor(lang);
        const path = paths.translationReport(lang, slug, block);
        const original = await storyAt(lang, slug);
        const segment = original && (await segmentOf(original.storyId, lang, block - 1));
        if (!segment) return refuse(request, reply, 'segment_unknown');
        if (request.query.sent) {
          return answer(reply, lang, path, {
            status: 200,
            title: t('mt.report.thanksTitle'),
            text: t('mt.report.thanks'),
            backHref: paths.article(lang, slug),
          });
        }
        const html = await pages.renderPage({
          language: lang,
          title: t('mt.report.title'),
          path,
          versions: {},
          robots: 'noindex',
          body: (
            <ReportForm
              t={t}
              view={{
                action: path,
                language: lang,
                paragraphHtml: segment.translatedHtml,
                backHref: paths.article(lang, slug),
                maxSuggestion: MAX_SUGGESTION_LENGTH,
              }}
            />
          ),
        });
        return reply.header('cache-control', 'no-store').type('text/html; charset=utf-8').send(html);
      },
    );

    app.post<{ Params: Params; Body: ReportBody }>(
      '/:lang/news/:slug/report/:block',
      { bodyLimit: BODY_LIMIT, attachValidation: true, schema: { params, body } },
      async (request, reply) => {
        // An address that is no report form is a plain 404, whatever was posted to it.
        if ((request.validationError as FastifyError | undefined)?.validationContext === 'params' || !isLanguageTag(request.params.lang)) {
          return reply.callNotFound();
        }
        if (!(request.headers['content-type'] ?? '').startsWith('application/x-www-form-urlencoded')) return refuse(request, reply, 'content_type');
        if (request.validationError) return refuse(request, reply, refusalOf(request.validationError as FastifyError));
        if (request.body.website) return refuse(request, reply, 'trap');
        const { lang, slug, block } = request.params;
        const original = await storyAt(lang, slug);
        if (!original) return refuse(request, reply, 'segment_unknown');
        const outcome = await reports.submit({
          storyId: original.storyId,
          language: lang,
          block: block - 1,
          problem: request.body.problem,
          suggestion: request.body.suggestion ?? '',
          address: request.ip,
          userAgent: request.headers['user-agent'] ?? '',
        });
        if ('refused' in outcome) return refuse(request, reply, outcome.refused);
        return reply.header('cache-control', 'no-store').redirect(`${paths.translationReport(lang, slug, block)}?sent=1`, 303);
      },
    );
  };
}
