import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { canonicalSearchUrl, MAX_QUERY_LENGTH, normalizeQuery } from './canonical-search.ts';

describe('a search’s one address', () => {
  it('puts the words first, then the filters that are set in a fixed order, then a page after the first', () => {
    assert.equal(
      canonicalSearchUrl('en', { q: '  water   and\tclimate ', tag: 'water', section: 'science', state: '', page: 1 }),
      '/en/search?q=water+and+climate&section=science&tag=water',
    );
    assert.equal(canonicalSearchUrl('ar', { q: 'التراث', page: 3 }), '/ar/search?q=%D8%A7%D9%84%D8%AA%D8%B1%D8%A7%D8%AB&page=3');
    assert.equal(canonicalSearchUrl('fr', { q: ' ', page: 1 }), '/fr/search');
  });

  it('makes control characters spaces and cuts long queries on a character, never inside one', () => {
    assert.equal(normalizeQuery('a\u0000b\u001fc\u007fd'), 'a b c d');
    const emoji = '😀'.repeat(MAX_QUERY_LENGTH + 5);
    assert.equal([...normalizeQuery(emoji)].length, MAX_QUERY_LENGTH);
    assert.equal(normalizeQuery(normalizeQuery(` ${'word '.repeat(100)}`)), normalizeQuery(` ${'word '.repeat(100)}`), 'idempotent');
  });
});
