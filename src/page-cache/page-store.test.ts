import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cachedPage, createPageStore } from './page-store.ts';

const page = (text: string, surrogateKey: string) => cachedPage(Buffer.from(text), { 'content-type': 'text/html; charset=utf-8' }, surrogateKey);

describe('the page store', () => {
  it('drops exactly the pages that show what changed', () => {
    const store = createPageStore(1024 * 1024);
    store.put('/en/news/a', page('a', 'story-1 latest-en story-2'), store.generation());
    store.put('/en/news/b', page('b', 'story-2 latest-en story-1'), store.generation());
    store.put('/fr/news/c', page('c', 'story-3 latest-fr'), store.generation());
    store.apply({ keys: ['story-2'] });
    assert.equal(store.get('/en/news/a'), undefined);
    assert.equal(store.get('/en/news/b'), undefined);
    assert.ok(store.get('/fr/news/c'));
    store.apply({ everything: true });
    assert.deepEqual(store.stats(), { pages: 0, bytes: 0 });
  });

  it('does not keep a page rendered before a change arrived', () => {
    const store = createPageStore(1024 * 1024);
    const before = store.generation();
    store.apply({ keys: ['story-9'] });
    store.put('/en/', page('old home', 'home-en'), before);
    assert.equal(store.get('/en/'), undefined);
  });

  it('forgets the least recently used pages when its memory is full', () => {
    const store = createPageStore(100);
    store.put('/1', page('x'.repeat(20), 'k'), store.generation());
    store.put('/2', page('y'.repeat(20), 'k'), store.generation());
    store.get('/1');
    store.put('/3', page('z'.repeat(20), 'k'), store.generation());
    assert.ok(store.get('/1'));
    assert.equal(store.get('/2'), undefined);
    assert.ok(store.get('/3'));
    assert.ok(store.stats().bytes <= 100);
  });

  it('gives each page a strong ETag that changes with its content', () => {
    const one = page('one', 'k');
    assert.match(one.etag, /^"[\w-]{20,}"$/);
    assert.equal(one.etag, page('one', 'k').etag);
    assert.notEqual(one.etag, page('two', 'k').etag);
  });

  it('keeps at most its bound of search result pages, so searches never push other pages out', () => {
    const store = createPageStore(1024 * 1024, 3);
    store.put('/en/', page('home', 'home-en'), store.generation());
    for (let i = 0; i < 10; i++) store.put(`/en/search?q=word${i}`, page(`results ${i}`, 'latest-en'), store.generation());
    store.get('/en/search?q=word7');
    store.put('/en/search?q=word10', page('results 10', 'latest-en'), store.generation());
    assert.equal(store.stats().pages, 4);
    assert.ok(store.get('/en/'));
    assert.ok(store.get('/en/search?q=word7'), 'recently used');
    assert.equal(store.get('/en/search?q=word8'), undefined);
    assert.ok(store.get('/en/search?q=word10'));
  });
});
