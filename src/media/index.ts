export { imageLibrary } from './image-library.ts';
export { mediaRoutes } from './media.routes.tsx';
export { createMediaService, type ImageView, MAX_UPLOAD_BYTES, type MediaService } from './media.service.ts';
export { ResponsiveImage } from './views/responsive-image.tsx';
