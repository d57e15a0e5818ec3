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
});
