export { createFeedbackService, type FeedbackService } from './feedback.service.ts';
export { feedbackRoutes } from './feedback.routes.tsx';
export { surveySlot } from './survey-slot.tsx';
export { feedbackAdminRoutes } from './feedback.admin.routes.tsx';
