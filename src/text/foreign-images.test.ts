import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { foreignImages } from './foreign-images.ts';
import { sanitizeBody } from './sanitize-body.ts';

describe('images from other sites', () => {
  const body =
    '<p>a</p><img src="/media/abc-960.jpg" alt="ours"><img src="https://cdn.example.org/x.jpg" alt="theirs">' +
    '<img src="//cdn.example.org/y.jpg"><img src="/\\cdn.example.org/z.jpg"><img alt="no source"><img src="data:image/png;base64,AAAA">';

  it('are found wherever the body shows them, protocol-relative and backslash tricks included', () => {
    assert.deepEqual(foreignImages(body), [
      'https://cdn.example.org/x.jpg',
      '//cdn.example.org/y.jpg',
      '/\\cdn.example.org/z.jpg',
      '',
      'data:image/png;base64,AAAA',
    ]);
  });

  it('are left out of sanitized HTML, which keeps the site’s own images', () => {
    const clean = sanitizeBody(body);
    assert.match(clean, /<img src="\/media\/abc-960.jpg" alt="ours" \/>/);
    assert.doesNotMatch(clean, /example\.org|no source|data:/);
  });
});
