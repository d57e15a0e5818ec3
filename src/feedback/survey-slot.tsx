/** The survey as the page renderer places it at the foot of each public page. */
import { paths } from '../http/urls.ts';
import { translatorFor } from '../i18n/messages.ts';
import { type FeedbackService, MAX_COMMENT_LENGTH } from './feedback.service.ts';
import { SurveyWidget } from './views/survey-widget.tsx';

export function surveySlot(feedback: Pick<FeedbackService, 'widgetTexts'>) {
  return (language: string, pagePath: string) => (
    <SurveyWidget
      t={translatorFor(language)}
      texts={feedback.widgetTexts(language)}
      pagePath={pagePath}
      privacyHref={paths.privacy(language)}
      maxComment={MAX_COMMENT_LENGTH}
    />
  );
}
