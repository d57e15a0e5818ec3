/**
 * The survey's public side: `POST /feedback` from the plain form (answers with a redirect back to
 * the page, or a page saying why not) and from the island (JSON), and the privacy notice.
 */
import formbody from '@fastify/formbody';
import type { FastifyError, FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type { Counter } from 'prom-client';
import { ERROR_STATUS, type ErrorCode } from '../http/error-codes.ts';
import { invalidField, languageParam } from '../http/schemas.ts';
import { sendPage } from '../http/send-page.ts';
import { paths } from '../http/urls.ts';
import { type MessageKey, translatorFor } from '../i18n/messages.ts';
import { negotiateLanguage } from '../i18n/negotiate.ts';
import { type PageRenderer, requireSiteLanguage, type SettingsService } from '../site/index.ts';
import { type FeedbackService, MAX_COMMENT_LENGTH, type Refusal, WINDOW_MINUTES } from './feedback.service.ts';
import { type NamedPage, readPagePath } from './page-path.ts';
import { PrivacyPage } from './views/privacy-page.tsx';
import { SurveyRefused } from './views/survey-refused.tsx';
import { THANKS_ID } from './views/survey-widget.tsx';

export interface FeedbackRoutesDeps {
  feedback: FeedbackService;
  settings: SettingsService;
  pages: PageRenderer;
  submissions: Counter<'result'>;
}

interface AnswerBody {
  rating: number;
  comment?: string;
  page: string;
  website?: string;
}

/** A comment longer than the limit is refused by the schema; the body limit only stops abuse. */
const BODY_LIMIT = 16 * 1024;
const NO_CONTROL = '^[^\\u0000-\\u001f\\u007f]*$';
const TEXT = '^[^\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f]*$';

const answerSchema = {
  type: 'object',
  required: ['rating', 'page'],
  properties: {
    rating: { type: 'integer', minimum: 1, maximum: 5 },
    comment: { type: 'string', maxLength: MAX_COMMENT_LENGTH, pattern: TEXT },
    page: { type: 'string', minLength: 1, maxLength: 1000, pattern: NO_CONTROL },
    website: { type: 'string', maxLength: 1000 },
  },
} as const;

type Problem = Refusal | 'rating' | 'comment' | 'trap' | 'content_type';

const PROBLEMS: Record<Problem, { code: ErrorCode; message: MessageKey }> = {
  rating: { code: 'survey.rating_invalid', message: 'feedback.refused.rating' },
  comment: { code: 'survey.comment_invalid', message: 'feedback.refused.comment' },
  page: { code: 'survey.page_invalid', message: 'feedback.refused.page' },
  unknown_page: { code: 'survey.page_unknown', message: 'feedback.refused.page' },
  trap: { code: 'survey.trap', message: 'feedback.refused.trap' },
  content_type: { code: 'survey.content_type', message: 'feedback.refused.contentType' },
  automated: { code: 'survey.automated', message: 'feedback.refused.automated' },
  rate_limited: { code: 'survey.rate_limited', message: 'feedback.refused.rateLimited' },
};

function problemOf(error: FastifyError): Problem {
  const field = invalidField(error);
  if (field === 'comment' || field === 'page' || field === 'rating') return field;
  return field === 'website' ? 'trap' : 'rating';
}

/** The island posts JSON and reads JSON back; the plain form gets pages. */
const sentAsJson = (request: FastifyRequest) => (request.headers['content-type'] ?? '').startsWith('application/json');

const sentAsForm = (request: FastifyRequest) => (request.headers['content-type'] ?? '').startsWith('application/x-www-form-urlencoded');

/** The canonical path of the page an answer names, for the way back; none for a page that is not one. */
function backPathOf(body: Partial<AnswerBody> | undefined): NamedPage | null {
  const reading = typeof body?.page === 'string' ? readPagePath(body.page) : null;
  return reading && 'path' in reading ? reading : null;
}

export function feedbackRoutes({ feedback, settings, pages, submissions }: FeedbackRoutesDeps): FastifyPluginAsync {
  function languageOf(request: FastifyRequest, page: NamedPage | null): string {
    const { languages, defaultLanguage } = settings.current();
    const language = page?.page.language ?? '';
    return languages.includes(language) ? language : negotiateLanguage(request.headers['accept-language'], languages, defaultLanguage);
  }

  async function refuse(request: FastifyRequest, reply: FastifyReply, problem: Problem, body: Partial<AnswerBody> | undefined) {
    submissions.inc({ result: problem });
    const { code, message } = PROBLEMS[problem];
    const status = ERROR_STATUS[code];
    // A page that does not exist is no way back.
    const page = problem === 'unknown_page' ? null : backPathOf(body);
    const language = languageOf(request, page);
    const t = translatorFor(language);
    const reason = t(message, { max: MAX_COMMENT_LENGTH });
    reply.code(status).header('cache-control', 'no-store');
    if (status === 429) reply.header('retry-after', String(WINDOW_MINUTES * 60));
    if (sentAsJson(request)) return reply.send({ error: { code, message: reason } });
    const html = await pages.renderPage({
      language,
      title: t('feedback.refused.title'),
      path: page?.path ?? paths.home(language),
      versions: {},
      robots: 'noindex',
      body: <SurveyRefused t={t} reason={reason} backHref={page?.path ?? null} />,
    });
    return reply.type('text/html; charset=utf-8').send(html);
  }

  return async (app) => {
    await app.register(formbody, { bodyLimit: BODY_LIMIT });

    app.post<{ Body: AnswerBody }>('/feedback', { bodyLimit: BODY_LIMIT, attachValidation: true, schema: { body: answerSchema } }, async (request, reply) => {
      const body = request.body;
      if (!sentAsJson(request) && !sentAsForm(request)) return refuse(request, reply, 'content_type', undefined);
      if (request.validationError) return refuse(request, reply, problemOf(request.validationError as FastifyError), body);
      if (body.website) return refuse(request, reply, 'trap', body);
      const outcome = await feedback.submit({
        rating: body.rating,
        comment: body.comment ?? '',
        pagePath: body.page,
        address: request.ip,
        userAgent: request.headers['user-agent'] ?? '',
      });
      if ('refused' in outcome) return refuse(request, reply, outcome.refused, body);
      submissions.inc({ result: 'saved' });
      reply.header('cache-control', 'no-store');
      if (sentAsJson(request)) return reply.code(201).send({ saved: true });
      return reply.redirect(`${outcome.pagePath}#${THANKS_ID}`, 303);
    });

    app.get<{ Params: { lang: string } }>(
      '/:lang/privacy',
      { schema: { params: { type: 'object', properties: { lang: languageParam } } } },
      async (request, reply) => {
        const language = requireSiteLanguage(settings, request.params.lang);
        const t = translatorFor(language);
        const html = await pages.renderPage({
          language,
          title: t('privacy.title'),
          path: paths.privacy(language),
          versions: pages.allLanguages(paths.privacy),
          body: <PrivacyPage t={t} organizationName={settings.organizationNameIn(language)} retentionDays={feedback.settings().commentRetentionDays} />,
        });
        return sendPage(reply, html, []);
      },
    );
  };
}
