/** Webhooks: endpoints and their secrets, the outbox changes write to, the delivery worker and the admin pages. */
export { createDeliveryWorker, type DeliveryWorker, type DeliveryWorkerDeps } from './delivery-worker.ts';
export { createOutbox } from './outbox-writer.ts';
export { stoppedWarning, webhooksRoutes } from './webhooks.routes.tsx';
export { createWebhooksService, type WebhooksService } from './webhooks.service.ts';
