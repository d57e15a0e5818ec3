import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { negotiateLanguage } from './negotiate.ts';

const SITE = ['ar', 'en', 'fr'];

describe('choosing a visitor’s language', () => {
  it('follows the visitor’s preferences and quality values', () => {
    assert.equal(negotiateLanguage('fr-FR,fr;q=0.9,en;q=0.8', SITE, 'en'), 'fr');
    assert.equal(negotiateLanguage('de;q=1, ar;q=0.5', SITE, 'en'), 'ar');
    assert.equal(negotiateLanguage('ar-MA', SITE, 'en'), 'ar');
  });

  it('uses the default language when nothing matches, for wildcards and for garbage', () => {
    for (const header of [undefined, '', '*', 'de-DE', ';;;q=abc', 'x'.repeat(5000), '\u0000', 'ar;q=0', '((']) {
      assert.equal(negotiateLanguage(header, SITE, 'fr'), 'fr', String(header).slice(0, 20));
    }
  });
});
