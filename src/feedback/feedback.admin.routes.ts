/** Everything of the survey in the admin: the dashboard, the CSV export and the survey's settings. */
import type { AdminRoutes } from '../admin/index.ts';
import { answersExportRoutes } from './answers-export.routes.ts';
import { feedbackDashboardRoutes } from './dashboard.routes.tsx';
import type { FeedbackAdminDeps } from './feedback-admin-deps.ts';
import { surveySettingsRoutes } from './survey-settings.routes.tsx';

export function feedbackAdminRoutes(deps: FeedbackAdminDeps): AdminRoutes {
  const parts = [feedbackDashboardRoutes(deps), answersExportRoutes(deps), surveySettingsRoutes(deps)];
  return (admin, tools) => {
    for (const routes of parts) routes(admin, tools);
  };
}
