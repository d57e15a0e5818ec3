export { mediaRoutes } from './media.routes.tsx';
export { createMediaService, type ImageView, type MediaService } from './media.service.ts';
export { ResponsiveImage } from './views/responsive-image.tsx';
