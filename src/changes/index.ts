export { type ChangeBus, createLocalChangeBus, type Invalidator, type Reloader } from './change-bus.ts';
export { type ContentChange, changeOfEverything, contentKeys } from './content-keys.ts';
export { createPostgresChangeBus } from './postgres-change-bus.ts';
