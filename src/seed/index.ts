export { DEMO_STORIES, isEmpty, seedDemoContentIfEmpty } from './seed-demo.ts';
export { seedDemoInChildProcess } from './seed-process.ts';
