import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sanitizeBody } from './sanitize-body.ts';

describe('article body sanitizing', () => {
  it('keeps structure, emphasis, lists, quotes and links', () => {
    const html = '<h2>Title</h2><p>A <strong>bold</strong> <em>move</em> <a href="https://example.org/">here</a>.</p><ul><li>One</li></ul><blockquote>Quote</blockquote>';
    assert.equal(
      sanitizeBody(html),
      '<h2>Title</h2><p>A <strong>bold</strong> <em>move</em> <a href="https://example.org/" rel="noopener">here</a>.</p><ul><li>One</li></ul><blockquote>Quote</blockquote>',
    );
  });

  it('removes scripts, styles, event handlers and script URLs', () => {
    const html =
      '<p onclick="alert(1)" style="color:red">Hi</p><script>alert(1)</script><style>p{}</style><a href="javascript:alert(1)">x</a><img src="data:image/png;base64,AAAA" onerror="alert(1)"><iframe src="https://evil.example"></iframe>';
    const clean = sanitizeBody(html);
    assert.doesNotMatch(clean, /script|onclick|onerror|style|javascript:|data:|iframe/i);
    assert.match(clean, /<p>Hi<\/p>/);
  });

  it('keeps the direction and language of mixed-script passages', () => {
    assert.equal(sanitizeBody('<p dir="rtl" lang="ar">نص</p>'), '<p dir="rtl" lang="ar">نص</p>');
  });
});
