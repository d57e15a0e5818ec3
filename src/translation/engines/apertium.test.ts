import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type RunningApertium, skipUnlessApertium, startApertium } from '../../testing/apertium.ts';
import { APERTIUM_SAFE_BYTES, bcp47Of, createApertiumEngine, looksComplete, splitLongSegment } from './apertium.ts';
import type { TranslationEngine } from './engine.ts';

describe('the Apertium engine against a real APY', { skip: skipUnlessApertium() }, () => {
  let apy: RunningApertium;
  let engine: TranslationEngine;

  before(async () => {
    apy = await startApertium();
    engine = createApertiumEngine({ baseUrl: apy.url });
  });
  after(() => apy?.stop());

  it('offers its installed pairs in BCP 47, and French through a chain', async () => {
    const pairs = (await engine.pairs()).map((p) => `${p.from}>${p.to}`);
    for (const pair of ['en>es', 'es>en', 'en>ca', 'fr>es', 'fr>ca', 'en>fr']) assert.ok(pairs.includes(pair), pair);
    assert.ok(!pairs.some((p) => p.includes('ar')), 'no Arabic');
  });

  it('translates segments in order, keeping placeholders and real characters', async () => {
    const out = await engine.translate(['The <a id="t1">agreement</a> was signed on Monday.', 'Café &amp; culture in Jakarta.'], { from: 'en', to: 'es' });
    assert.equal(out.length, 2);
    assert.match(out[0]!, /<a id="t1">acuerdo<\/a>/);
    assert.match(out[0]!, /lunes/);
    assert.match(out[1]!, /cafetería/i);
    assert.match(out[1]!, / &amp; /, 'an escaped ampersand survives');
  });

  it('reaches French from English through Catalan', async () => {
    const [out] = await engine.translate(['The new agreement was signed.'], { from: 'en', to: 'fr' });
    assert.match(out!, /accord/);
  });

  it('refuses a pair it cannot reach with a stable code', async () => {
    await assert.rejects(engine.translate(['Hello'], { from: 'en', to: 'ar' }), { code: 'unsupported_pair' });
  });

  it('translates a single paragraph longer than the safe request size completely, cut at sentence ends', async () => {
    const sentences = Array.from({ length: 120 }, (_, i) => `The committee number ${i + 1} approved the <em id="t${i + 1}">budget</em> on Monday.`);
    const paragraph = sentences.join(' ');
    assert.ok(Buffer.byteLength(paragraph) > APERTIUM_SAFE_BYTES * 2);
    const pieces = splitLongSegment(paragraph);
    assert.ok(pieces.length >= 3 && pieces.every((piece) => Buffer.byteLength(piece) <= APERTIUM_SAFE_BYTES && /\.$/.test(piece)));
    assert.equal(pieces.join(' '), paragraph);
    const [out] = await engine.translate([paragraph], { from: 'en', to: 'es' });
    for (let i = 1; i <= 120; i++) assert.ok(out!.includes(`<em id="t${i}">`), `sentence ${i}`);
    assert.match(out!, /número de comité 120 aprobó/);
  });

  it('treats an answer with placeholders missing or cut short as incomplete', () => {
    assert.equal(looksComplete('The <a id="t1">x</a> and <em id="t2">y</em>', 'El <a id="t1">x</a> e y'), false);
    assert.equal(looksComplete('A long enough sentence that was signed on Monday in Jakarta.', 'Una frase'), false);
    assert.equal(looksComplete('A long enough sentence.', 'Una frase bastante larga.'), true);
  });
});

describe('the language codes of APY', () => {
  it('become the BCP 47 tags sites are configured with, and regional forms are left out', () => {
    const tags = ['eng', 'spa', 'fra', 'cat', 'ara', 'arb', 'zlm', 'ast', 'por_BR', 'cat_valencia'].map(bcp47Of);
    assert.deepEqual(tags, ['en', 'es', 'fr', 'ca', 'ar', 'ar', 'ms', 'ast', null, null]);
  });
});
