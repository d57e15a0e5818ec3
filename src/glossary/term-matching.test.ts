import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { GlossaryEntry } from './glossary.types.ts';
import { elideBefore, restoreTerm } from './inflection.ts';
import { containsTerm, findTerms, fingerprintOf, pairGlossary } from './term-matching.ts';

const entry = (
  id: number,
  kind: GlossaryEntry['kind'],
  term: string,
  translation: string | null,
  sourceLanguage: string | null,
  targetLanguage: string | null,
) => ({
  id,
  kind,
  term,
  translation,
  sourceLanguage,
  targetLanguage,
  note: '',
  updatedAt: '2026-01-01T00:00:00.000Z',
});

describe('finding glossary terms', () => {
  it('finds whole words only, whatever the case and spacing', () => {
    const text = 'The Member  States and member states, not Member Statesmen.';
    assert.deepEqual(
      findTerms(text, ['Member States'], 'en').map((m) => text.slice(m.start, m.end)),
      ['Member  States', 'member states'],
    );
  });

  it('in Arabic, finds a term behind its proclitics and after ل, leaving them outside', () => {
    const text = 'والدول الأعضاء وللدول الأعضاء بالدول الأعضاء ودولها';
    assert.deepEqual(
      findTerms(text, ['الدول الأعضاء'], 'ar').map((m) => text.slice(m.start, m.end)),
      ['الدول الأعضاء', 'لدول الأعضاء', 'الدول الأعضاء'],
    );
    assert.equal(containsTerm('وأشاد بجهود المدير العام', 'المدير العام', 'ar'), true);
    assert.equal(containsTerm('كل الدول', 'الدول الأعضاء', 'ar'), false);
  });

  it('in French, finds a term after an elided article', () => {
    assert.equal(containsTerm("l’ICESCO et l'UNESCO", 'UNESCO', 'fr'), true);
    assert.equal(containsTerm('l’ICESCO', 'ICESCO', 'fr'), true);
  });

  it('applies entries of the pair and of every language, the pair’s own first, longest first', () => {
    const entries = [
      entry(1, 'keep', 'ICESCO', null, null, null),
      entry(2, 'force', 'Member States', 'Estados miembros', 'en', 'es'),
      entry(3, 'force', 'Member States', 'États membres', 'en', 'fr'),
      entry(4, 'forbid', 'Estados de Miembro', 'Estados miembros', null, 'es'),
      entry(5, 'keep', 'ICESCO Executive Council', null, 'en', null),
    ];
    const pair = pairGlossary(entries, 'en', 'es');
    assert.deepEqual(
      pair.terms.map((t) => `${t.term}→${t.target}`),
      ['ICESCO Executive Council→ICESCO Executive Council', 'Member States→Estados miembros', 'ICESCO→ICESCO'],
    );
    assert.deepEqual(pair.forbidden, [{ id: 4, rendering: 'Estados de Miembro', instead: 'Estados miembros' }]);
    assert.equal(pairGlossary(entries, 'en', 'fr').forbidden.length, 0);
  });

  it('gives a segment’s terms a fingerprint that changes with their target form only', () => {
    const a = fingerprintOf([{ id: 2, kind: 'force', term: 'Member States', target: 'Estados miembros' }]);
    assert.equal(a, fingerprintOf([{ id: 2, kind: 'force', term: 'Member States', target: 'Estados miembros' }]));
    assert.notEqual(a, fingerprintOf([{ id: 2, kind: 'force', term: 'Member States', target: 'Estados Miembros' }]));
  });
});

describe('restoring a term in its target form', () => {
  it('keeps Arabic proclitics the engine glued to the term, and ل + ال → لل', () => {
    assert.equal(restoreTerm('والدول الأعضاء', 'الدول الأعضاء', 'ar'), 'والدول الأعضاء');
    assert.equal(restoreTerm('للبلدان الأعضاء', 'الدول الأعضاء', 'ar'), 'للدول الأعضاء');
    assert.equal(restoreTerm('وللبلدان الأعضاء', 'الدول الأعضاء', 'ar'), 'وللدول الأعضاء');
    assert.equal(restoreTerm('بالبلدان', 'الدول الأعضاء', 'ar'), 'بالدول الأعضاء');
    assert.equal(restoreTerm('كل البلدان', 'الدول الأعضاء', 'ar'), 'الدول الأعضاء');
    assert.equal(restoreTerm('المدير العام', 'المدير العام', 'ar'), 'المدير العام');
  });

  it('keeps a French elided article before a vowel, writes it out before a consonant, and elides the article before', () => {
    assert.equal(restoreTerm("l'Organisation", 'UNESCO', 'fr'), "l'UNESCO");
    assert.equal(restoreTerm('d’États membres', 'pays membres', 'fr'), 'de pays membres');
    assert.equal(elideBefore('les programmes de ', 'ICESCO', 'fr'), 'les programmes d’');
    assert.equal(elideBefore('Selon la ', 'UNESCO', 'fr'), 'Selon l’');
    assert.equal(elideBefore('Selon la ', 'Direction', 'fr'), 'Selon la ');
    assert.equal(elideBefore('de ', 'ICESCO', 'es'), 'de ');
  });

  it('capitalizes the target form where the engine started a sentence with the term', () => {
    assert.equal(restoreTerm('Estados de Miembro', 'estados miembros', 'es'), 'Estados miembros');
    assert.equal(restoreTerm('los estados', 'Estados miembros', 'es'), 'Estados miembros');
  });
});
