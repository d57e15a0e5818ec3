/** What the survey's admin pages are built from. */
import type { AuditService } from '../audit/index.ts';
import type { SettingsService } from '../site/index.ts';
import type { TaxonomyService } from '../taxonomy/index.ts';
import type { FeedbackService } from './feedback.service.ts';

export interface FeedbackAdminDeps {
  feedback: FeedbackService;
  settings: SettingsService;
  /** Section names for the breakdown and the export. */
  taxonomy: TaxonomyService;
  /** Where a change to the survey's wording or settings is written down. */
  audit: Pick<AuditService, 'record'>;
}
