/** How `diwan reindex` shows its progress: a bar on a terminal, a line per 1,000 stories in a log. */
import type { ReindexProgress } from './search-indexer.ts';

const LINE_EVERY = 1000;

export function reindexProgressOn(stream: NodeJS.WriteStream, options: { tty?: boolean; width?: number } = {}): (progress: ReindexProgress) => void {
  const tty = options.tty ?? stream.isTTY === true;
  const width = options.width ?? 30;
  let reported = 0;
  return ({ stories, total }) => {
    if (tty) {
      const filled = total === 0 ? width : Math.round((stories / total) * width);
      stream.write(`\r\x1b[2K[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${stories}/${total} stories${stories >= total ? '\n' : ''}`);
      return;
    }
    // A line each time another thousand is passed, and one for the last stories.
    if (Math.floor(stories / LINE_EVERY) > Math.floor(reported / LINE_EVERY) || stories >= total) stream.write(`indexed ${stories}/${total} stories\n`);
    reported = stories;
  };
}
