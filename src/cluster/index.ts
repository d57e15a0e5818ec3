/** Several serving processes behind one port (DIWAN_WORKERS), and which of them runs the periodic tasks. */
export { leadership } from './leadership.ts';
export { runPrimary } from './primary.ts';
