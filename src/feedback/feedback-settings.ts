/**
 * What administrators can change about the survey: its wording per language (empty means the
 * catalog's text) and how long comments are kept. Stored with the site settings, kept in memory.
 */
import { AppError } from '../http/app-error.ts';
import { translatorFor } from '../i18n/messages.ts';
import type { SettingsService } from '../site/index.ts';

type SettingsStore = Pick<SettingsService, 'readFeatureSetting' | 'writeFeatureSetting'>;

export const RATINGS = [1, 2, 3, 4, 5] as const;

export interface WidgetTexts {
  heading: string;
  question: string;
  /** Labels of ratings 1 to 5. */
  labels: string[];
}

export interface FeedbackSettings {
  /** Per language, the administrator's wording; an empty or missing text uses the catalog's. */
  texts: Record<string, Partial<WidgetTexts>>;
  /** Comments older than this are erased; null keeps them. */
  commentRetentionDays: number | null;
}

const SETTING_KEY = 'feedback';
export const DEFAULT_RETENTION_DAYS = 365;
export const MAX_TEXT_LENGTH = 300;

export function defaultTexts(language: string): WidgetTexts {
  const t = translatorFor(language);
  return {
    heading: t('feedback.heading'),
    question: t('feedback.question'),
    labels: [t('feedback.rating1'), t('feedback.rating2'), t('feedback.rating3'), t('feedback.rating4'), t('feedback.rating5')],
  };
}

export function textsIn(settings: FeedbackSettings, language: string): WidgetTexts {
  const own = settings.texts[language] ?? {};
  const fallback = defaultTexts(language);
  return {
    heading: own.heading || fallback.heading,
    question: own.question || fallback.question,
    labels: fallback.labels.map((label, i) => own.labels?.[i] || label),
  };
}

function validate(settings: FeedbackSettings): FeedbackSettings {
  const days = settings.commentRetentionDays;
  if (days !== null && (!Number.isInteger(days) || days < 1 || days > 36500)) {
    throw new AppError('survey.settings_invalid', 'Comment retention must be a whole number of days between 1 and 36500, or empty to keep comments');
  }
  for (const texts of Object.values(settings.texts)) {
    const all = [texts.heading ?? '', texts.question ?? '', ...(texts.labels ?? [])];
    if (all.some((text) => text.length > MAX_TEXT_LENGTH))
      throw new AppError('survey.settings_invalid', `Survey texts are limited to ${MAX_TEXT_LENGTH} characters`);
  }
  return settings;
}

export async function readFeedbackSettings(store: SettingsStore): Promise<FeedbackSettings> {
  const stored = (await store.readFeatureSetting(SETTING_KEY)) as Partial<FeedbackSettings> | undefined;
  return {
    texts: stored?.texts ?? {},
    commentRetentionDays: stored?.commentRetentionDays === undefined ? DEFAULT_RETENTION_DAYS : stored.commentRetentionDays,
  };
}

export async function writeFeedbackSettings(store: SettingsStore, settings: FeedbackSettings): Promise<FeedbackSettings> {
  await store.writeFeatureSetting(SETTING_KEY, validate(settings));
  return settings;
}
