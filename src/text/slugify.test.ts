import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { slugify } from './slugify.ts';

describe('slugs made from titles', () => {
  it('are lowercase words joined by hyphens', () => {
    assert.equal(slugify('ICESCO-Indonesia: New Routes for Cooperation'), 'icesco-indonesia-new-routes-for-cooperation');
  });

  it('drop French accents', () => {
    assert.equal(slugify('ICESCO-Indonésie : nouvelles voies de coopération'), 'icesco-indonesie-nouvelles-voies-de-cooperation');
  });

  it('keep Arabic letters and drop short vowels, hamza marks and tatweel', () => {
    assert.equal(slugify('الإيسيسكو وإندونيسيا: مسارات جديدة للتعاون'), 'الايسيسكو-واندونيسيا-مسارات-جديدة-للتعاون');
    assert.equal(slugify('التَّعْلِيمُ لِلْجَمِيــع'), 'التعليم-للجميع');
  });

  it('are never empty and never longer than 80 characters', () => {
    assert.equal(slugify('!!!'), 'story');
    assert.ok(slugify('word '.repeat(40)).length <= 80);
  });
});
