/** Everything of the survey in the admin: the dashboard, the CSV export and the survey's settings. */
import type { AdminRoutes } from '../admin/index.ts';
import type { SettingsService } from '../site/index.ts';
import type { TaxonomyService } from '../taxonomy/index.ts';
import { answersExportRoutes } from './answers-export.routes.ts';
import { feedbackDashboardRoutes } from './dashboard.routes.tsx';
import type { FeedbackService } from './feedback.service.ts';
import { surveySettingsRoutes } from './survey-settings.routes.tsx';

export interface FeedbackAdminDeps {
  feedback: FeedbackService;
  settings: SettingsService;
  taxonomy: TaxonomyService;
}

export function feedbackAdminRoutes(deps: FeedbackAdminDeps): AdminRoutes {
  const parts = [feedbackDashboardRoutes(deps), answersExportRoutes(deps), surveySettingsRoutes(deps)];
  return (admin, tools) => {
    for (const routes of parts) routes(admin, tools);
  };
}
