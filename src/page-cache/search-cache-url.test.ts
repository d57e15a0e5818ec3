import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { searchCacheKey } from '../http/canonical-search.ts';
import { cacheUrl } from './cache-url.ts';

describe('the cache key of a search page', () => {
  it('is the only spelling of a search the page cache keeps', () => {
    assert.equal(cacheUrl('/en/search?q=water+climate&section=science'), '/en/search?q=water+climate&section=science');
    assert.equal(cacheUrl('/en/search'), '/en/search');
    for (const other of [
      '/en/search?section=science&q=water+climate',
      '/en/search?q=water%20climate',
      '/en/search?q=water&utm_source=x',
      '/en/search?q=water&q=x',
      '/en/search?q=water&page=1',
      '/en/search?q=water&page=02',
    ]) {
      assert.equal(cacheUrl(other), null, other);
    }
    assert.equal(searchCacheKey('/en/search', 'q=water&page=2'), '/en/search?q=water&page=2');
  });
});
