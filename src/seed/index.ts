export { DEMO_STORIES, seedDemoContentIfEmpty } from './seed-demo.ts';
