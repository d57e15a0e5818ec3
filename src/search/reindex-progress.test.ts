import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { reindexProgressOn } from './reindex-progress.ts';

function capture() {
  const chunks: string[] = [];
  return { stream: { write: (chunk: string) => chunks.push(chunk) > 0, columns: 80 } as unknown as NodeJS.WriteStream, text: () => chunks.join('') };
}

describe('reindex progress', () => {
  it('writes a line per 1,000 stories, and one for the last, when not on a terminal', () => {
    const out = capture();
    const report = reindexProgressOn(out.stream, { tty: false });
    for (let stories = 200; stories <= 2_600; stories += 200) report({ stories, total: 2_600 });
    assert.equal(out.text(), 'indexed 1000/2600 stories\nindexed 2000/2600 stories\nindexed 2600/2600 stories\n');
  });

  it('draws a bar on a terminal, redrawn in place', () => {
    const out = capture();
    const report = reindexProgressOn(out.stream, { tty: true, width: 10 });
    report({ stories: 50, total: 100 });
    report({ stories: 100, total: 100 });
    assert.equal(out.text(), '\r\x1b[2K[#####-----] 50/100 stories\r\x1b[2K[##########] 100/100 stories\n');
  });
});
