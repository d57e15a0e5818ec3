import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { preferredEncoding } from './compression.ts';

describe('choosing a compression for a visitor', () => {
  it('prefers brotli, then gzip, and respects refusals', () => {
    assert.equal(preferredEncoding('gzip, deflate, br, zstd'), 'br');
    assert.equal(preferredEncoding('gzip'), 'gzip');
    assert.equal(preferredEncoding('br;q=0, gzip'), 'gzip');
    assert.equal(preferredEncoding('gzip;q=0, br;q=0'), null);
    assert.equal(preferredEncoding(undefined), null);
    assert.equal(preferredEncoding('identity'), null);
    assert.equal(preferredEncoding('nonsense;;q=abc,,'), null);
  });
});
