import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readableText, textChanges } from './revision-diff.ts';

describe('the text a revision comparison reads', () => {
  it('ends lines at blocks and breaks, writes images as their alt text, drops tags and decodes entities', () => {
    const html =
      '<h2>Title</h2><p>A <strong>bold</strong> move &amp; a <a href="https://example.org/">link</a>.<br>Next line</p><ul><li>One</li><li>Two</li></ul>' +
      '<figure><img src="/m/a.jpg" alt="Delegates &quot;at work&quot;"><figcaption>Rabat, 2026</figcaption></figure><img src="/m/b.jpg"><blockquote>“Quote”</blockquote>' +
      '<table><tr><td>x</td><td>y</td></tr></table><p dir="rtl" lang="ar">نص &lt;عربي&gt;</p>';
    assert.equal(readableText(html), 'Title\nA bold move & a link.\nNext line\nOne\nTwo\n[Delegates "at work"]Rabat, 2026\n“Quote”\nxy\nنص <عربي>');
    assert.equal(readableText('<p>One</p>\n\n\n\n<p>Two</p>'), 'One\n\nTwo', 'at most one empty line');
  });

  it('reads a quote opened 40,000 times in one pass', () => {
    const started = performance.now();
    readableText('<img alt="'.repeat(40_000));
    const elapsed = performance.now() - started;
    assert.ok(elapsed < 1000, `read in ${Math.round(elapsed)} ms`);
  });

  it('compares word by word in every script, and gives up on texts too different to compare', () => {
    assert.deepEqual(textChanges('The committee met on Monday.', 'The committee met on Tuesday.', 'en'), [
      { kind: 'same', text: 'The committee met on ' },
      { kind: 'removed', text: 'Monday' },
      { kind: 'added', text: 'Tuesday' },
      { kind: 'same', text: '.' },
    ]);
    const words = (stem: string) => Array.from({ length: 3000 }, (_, i) => `${stem}${i}`).join(' ');
    assert.deepEqual(textChanges('التقى المدير العام بسفير إندونيسيا', 'التقى الأمين العام بسفير ماليزيا', 'ar'), [
      { kind: 'same', text: 'التقى ' },
      { kind: 'removed', text: 'المدير' },
      { kind: 'added', text: 'الأمين' },
      { kind: 'same', text: ' العام بسفير ' },
      { kind: 'removed', text: 'إندونيسيا' },
      { kind: 'added', text: 'ماليزيا' },
    ]);
    assert.equal(textChanges(words('alpha'), words('omega'), 'en'), null);
  });
});
