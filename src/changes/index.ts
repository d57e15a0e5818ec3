export { type ChangeBus, createLocalChangeBus, type Invalidator, type Reloader } from './change-bus.ts';
export { changeBusFor } from './change-bus-for.ts';
export { type ContentChange, changeOfEverything, contentKeys } from './content-keys.ts';
export { createPostgresChangeBus } from './postgres-change-bus.ts';
export { createSqliteChangeBus } from './sqlite-change-bus.ts';
