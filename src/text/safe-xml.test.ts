import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { childrenNamed, readXml, textContent, XmlRefused } from './safe-xml.ts';

describe('reading uploaded XML', () => {
  it('reads elements by local name, xml:lang, text and CDATA, with the predefined entities', () => {
    const root = readXml('<?xml version="1.0"?><x:a xmlns:x="urn:x"><b xml:lang="ar" id="1">&lt;one&gt; &amp; <![CDATA[two <b>]]></b></x:a>');
    assert.equal(root.name, 'a');
    assert.equal(root.namespace, 'urn:x');
    const [b] = childrenNamed(root, 'b');
    assert.deepEqual(b!.attributes, { 'xml:lang': 'ar', id: '1' });
    assert.equal(textContent(b!), '<one> & two <b>');
  });

  it('refuses an entity expansion bomb at once, without expanding anything', () => {
    const levels = Array.from({ length: 10 }, (_, i) => `<!ENTITY l${i + 1} "${`&l${i};`.repeat(10)}">`).join('');
    const bomb = `<?xml version="1.0"?><!DOCTYPE b [<!ENTITY l0 "lol">${levels}]><b>&l10;</b>`;
    const before = process.memoryUsage().heapUsed;
    const started = performance.now();
    assert.throws(
      () => readXml(bomb),
      (error: unknown) => error instanceof XmlRefused && /DOCTYPE\) is not accepted/.test(error.message),
    );
    assert.ok(performance.now() - started < 1000, 'refused within a second');
    assert.ok(process.memoryUsage().heapUsed - before < 50 * 1024 * 1024, 'without expanding 10 billion characters');
  });

  it('refuses an external entity, and never fetches or reads it', () => {
    assert.throws(() => readXml('<?xml version="1.0"?><!DOCTYPE a [<!ENTITY x SYSTEM "file:///etc/passwd">]><a>&x;</a>'), /DOCTYPE/);
    assert.throws(
      () => readXml('<a>&x;</a>'),
      (error: unknown) => error instanceof XmlRefused && /entity/i.test(error.message),
    );
  });

  it('refuses nesting past the limit and files that are not XML, naming the line', () => {
    const deep = `${'<a>'.repeat(10_000)}${'</a>'.repeat(10_000)}`;
    const started = performance.now();
    assert.throws(() => readXml(deep), /nested more than 64 deep/);
    assert.ok(performance.now() - started < 1000);
    assert.throws(
      () => readXml('<a>\n<b></a>'),
      (error: unknown) => error instanceof XmlRefused && error.line === 2,
    );
    assert.throws(() => readXml('just text'), XmlRefused);
  });
});
