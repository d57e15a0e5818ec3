/**
 * Progress on standard error: a bar redrawn in place on a terminal, else (a log, CI) one line per
 * hundred items, so a long import shows it is alive without flooding the log.
 */
import type { ImportProgress } from './wordpress-import.service.ts';

const EVERY = 100;

export function importProgressOn(stream: NodeJS.WriteStream, what: string, options: { tty?: boolean } = {}): ImportProgress {
  const tty = options.tty ?? stream.isTTY === true;
  let started = 0;
  let drawn = 0;
  const draw = (done: number, total: number) => {
    const width = 30;
    const filled = total === 0 ? width : Math.round((done / total) * width);
    const seconds = ((Date.now() - started) / 1000).toFixed(0);
    stream.write(`\r\x1b[2K[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${total} ${what} (${seconds} s)`);
  };
  return {
    start(total) {
      started = Date.now();
      if (tty) draw(0, total);
    },
    item(done, total) {
      // Redrawn at most ten times a second: a terminal need not be written 10,000 times.
      if (tty && (done === total || Date.now() - drawn >= 100)) {
        drawn = Date.now();
        draw(done, total);
      } else if (done % EVERY === 0 || done === total) stream.write(`${done}/${total} ${what}\n`);
    },
    finish() {
      if (tty) stream.write('\n');
    },
  };
}
