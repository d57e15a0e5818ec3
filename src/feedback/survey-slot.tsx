/**
 * The survey as the page renderer places it at the foot of each public page, as HTML. Only the page it
 * is about changes from one page to the next: the rest is rendered once per wording (the service gives
 * the same texts object until the settings change) and kept, which spares every rendered page a sixth
 * of its elements.
 */
import { renderToString } from 'preact-render-to-string';
import { paths } from '../http/urls.ts';
import { translatorFor } from '../i18n/messages.ts';
import { type FeedbackService, MAX_COMMENT_LENGTH } from './feedback.service.ts';
import type { WidgetTexts } from './feedback-settings.ts';
import { PageField, SurveyWidget } from './views/survey-widget.tsx';

/** Stands for the page while the rest is rendered: no path holds a NUL character. */
const SOME_PAGE = '\u0000';

export function surveySlot(feedback: Pick<FeedbackService, 'widgetTexts'>) {
  const rendered = new WeakMap<WidgetTexts, { before: string; after: string }>();

  function aroundPageField(language: string, texts: WidgetTexts) {
    const html = renderToString(
      <SurveyWidget t={translatorFor(language)} texts={texts} pagePath={SOME_PAGE} privacyHref={paths.privacy(language)} maxComment={MAX_COMMENT_LENGTH} />,
    );
    const field = renderToString(<PageField pagePath={SOME_PAGE} />);
    const at = html.indexOf(field);
    if (at === -1) throw new Error('The survey no longer renders its page field as PageField does');
    return { before: html.slice(0, at), after: html.slice(at + field.length) };
  }

  return (language: string, pagePath: string): string => {
    const texts = feedback.widgetTexts(language);
    let parts = rendered.get(texts);
    if (!parts) {
      parts = aroundPageField(language, texts);
      rendered.set(texts, parts);
    }
    return parts.before + renderToString(<PageField pagePath={pagePath} />) + parts.after;
  };
}
