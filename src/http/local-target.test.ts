import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { localTarget } from './local-target.ts';

/** What Node accepts in a header value (the check behind ERR_INVALID_CHAR). */
const HEADER_SAFE = /^[\t\u0020-\u007e]*$/;

describe('local redirect targets', () => {
  it('keeps a path of this site with its query and fragment', () => {
    assert.equal(localTarget('/en/?page=2#survey-thanks'), '/en/?page=2#survey-thanks');
    assert.equal(localTarget('/admin/stories'), '/admin/stories');
  });

  it('percent-encodes what a header cannot carry, so the target still leads to the same page', () => {
    const target = localTarget('/ar/news/مدرسة?q=a b#ثناء')!;
    assert.equal(target, '/ar/news/%D9%85%D8%AF%D8%B1%D8%B3%D8%A9?q=a%20b#%D8%AB%D9%86%D8%A7%D8%A1');
    assert.match(target, HEADER_SAFE);
    assert.equal(decodeURIComponent(new URL(target, 'https://news.example.org').pathname), '/ar/news/مدرسة');
  });

  const refused: [string, string][] = [
    ['another site', '//evil.example/x'],
    ['another site behind a backslash', '/\\evil.example/x'],
    ['a newline browsers strip into another site', '/\n/evil.example/x'],
    ['a header injection', '/admin/\r\nSet-Cookie: x=1'],
    ['a tab', '/\t/evil.example'],
    ['a dot segment that leaves two slashes', '/.//evil.example'],
    ['a parent segment that leaves two slashes', '/..//evil.example'],
    ['an absolute URL', 'https://evil.example/'],
    ['a host name with no leading slash', 'evil.example'],
    ['nothing', ''],
  ];
  for (const [what, raw] of refused) {
    it(`refuses ${what}`, () => assert.equal(localTarget(raw), null));
  }

  it('never answers anything but a same-site path a header can carry', () => {
    for (const raw of ['/%0A/evil.example', '/a/%2e%2e/%2e%2e//b', '/\u0085x', '/x?\u2028', '/%', '/en/100%']) {
      const target = localTarget(raw);
      if (target === null) continue;
      assert.match(target, /^\/(?!\/)/, raw);
      assert.match(target, HEADER_SAFE, raw);
    }
  });
});
