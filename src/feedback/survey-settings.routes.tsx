/** Administrators reword the survey per language and choose how long comments are kept. */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { type AdminRoutes, adminPaths, staffOf } from '../admin/index.ts';
import { nativeLanguageName } from '../i18n/locales.ts';
import type { FeedbackService } from './feedback.service.ts';
import type { FeedbackAdminDeps } from './feedback-admin-deps.ts';
import { parseSurveySettings, type SettingsForm } from './survey-settings-form.ts';
import { SurveySettingsPage } from './views/survey-settings-page.tsx';

function settingsFormOf(feedback: FeedbackService): SettingsForm {
  const current = feedback.settings();
  const form: SettingsForm = { retentionDays: current.commentRetentionDays === null ? '' : String(current.commentRetentionDays) };
  for (const [language, texts] of Object.entries(current.texts)) {
    form[`${language}.heading`] = texts.heading ?? '';
    form[`${language}.question`] = texts.question ?? '';
    for (const [i, label] of (texts.labels ?? []).entries()) form[`${language}.label${i + 1}`] = label;
  }
  return form;
}

export function surveySettingsRoutes({ feedback, settings, audit }: Pick<FeedbackAdminDeps, 'feedback' | 'settings' | 'audit'>): AdminRoutes {
  return (admin, tools) => {
    const settingsPage = (request: FastifyRequest, reply: FastifyReply, form: SettingsForm, errors: Record<string, string>, saved: boolean) =>
      tools.page(request, reply, ({ t, csrfToken }) => ({
        title: t('admin.feedback.settingsTitle'),
        status: Object.keys(errors).length > 0 ? 400 : 200,
        body: (
          <SurveySettingsPage
            t={t}
            action={adminPaths.feedbackSettings}
            csrfToken={csrfToken}
            languages={settings
              .current()
              .languages.map((language) => ({ language, name: nativeLanguageName(language), defaults: feedback.defaultTexts(language) }))}
            form={form}
            errors={errors}
            saved={saved}
          />
        ),
      }));

    admin.get<{ Querystring: { done?: string } }>(
      '/feedback/settings',
      { config: { permission: 'feedback.configure' }, schema: { querystring: { type: 'object', properties: { done: { type: 'string', maxLength: 20 } } } } },
      async (request, reply) => settingsPage(request, reply, settingsFormOf(feedback), {}, request.query.done === 'saved'),
    );

    admin.post<{ Body: Record<string, string> }>(
      '/feedback/settings',
      { config: { permission: 'feedback.configure' }, schema: { body: { type: 'object', additionalProperties: { type: 'string', maxLength: 1000 } } } },
      async (request, reply) =>
        tools.submit(
          request,
          async () => {
            const next = parseSurveySettings(request.body, settings.current().languages, feedback.settings());
            await feedback.updateSettings(next);
            await audit.record(staffOf(request).id, 'survey.settings', 'survey', { ...next });
            return reply.redirect(`${adminPaths.feedbackSettings}?done=saved`, 303);
          },
          (errors) => settingsPage(request, reply, request.body, errors, false),
        ),
    );
  };
}
