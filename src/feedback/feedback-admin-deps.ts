/** What the survey's admin pages are built from. */
import type { SettingsService } from '../site/index.ts';
import type { TaxonomyService } from '../taxonomy/index.ts';
import type { FeedbackService } from './feedback.service.ts';

export interface FeedbackAdminDeps {
  feedback: FeedbackService;
  settings: SettingsService;
  /** Section names for the breakdown and the export. */
  taxonomy: TaxonomyService;
}
