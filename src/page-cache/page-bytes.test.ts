import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { pageBytes } from './page-bytes.ts';

describe('a page turned into bytes', () => {
  it('is the same UTF-8 as the standard encoder gives, in every script and with broken surrogates', () => {
    for (const page of [
      '<p>ICESCO news</p>',
      '<p>Les États membres s’engagent</p>',
      '<html lang="ar" dir="rtl"><p>الدول الأعضاء</p></html>',
      '<p>Emoji 🌍 and a lone \ud800 surrogate</p>',
    ]) {
      assert.deepEqual(pageBytes(page), Buffer.from(page));
    }
  });

  it('keeps each page its own bytes when the next page is encoded', () => {
    const first = pageBytes('<p>الأولى</p>');
    pageBytes('<p>The second page, longer than the first</p>');
    assert.equal(first.toString('utf8'), '<p>الأولى</p>');
  });

  it('encodes a page longer than its working buffer', () => {
    const long = `<p>${'مرحبا '.repeat(200_000)}</p>`;
    assert.deepEqual(pageBytes(long), Buffer.from(long));
  });
});
