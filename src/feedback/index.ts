export { feedbackAdminRoutes } from './feedback.admin.routes.ts';
export { feedbackRoutes } from './feedback.routes.tsx';
export { createFeedbackService, type FeedbackService } from './feedback.service.ts';
export { surveySlot } from './survey-slot.tsx';
export { TrapField } from './views/survey-widget.tsx';
export { createVisitorKeys, type VisitorKeys } from './visitor-keys.ts';
