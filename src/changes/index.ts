export { type ChangeBus, type Invalidator, type Reloader, createLocalChangeBus } from './change-bus.ts';
export { changeOfEverything, type ContentChange, contentKeys } from './content-keys.ts';
export { createPostgresChangeBus } from './postgres-change-bus.ts';
