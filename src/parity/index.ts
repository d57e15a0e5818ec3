/** Official-language parity: how much of the news reaches each official language, how late, and how it is received. */
export { parityCard, parityRoutes } from './parity.routes.tsx';
export { createParityService, type ParityService } from './parity.service.ts';
