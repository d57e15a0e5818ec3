import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type MessageFormatElement, parse, TYPE } from '@formatjs/icu-messageformat-parser';
import { CATALOGS, READER_CATALOGS, translatorFor } from './messages.ts';

/** Every placeholder a message uses, including those inside plural branches. */
function placeholders(elements: MessageFormatElement[], found = new Set<string>()): Set<string> {
  for (const element of elements) {
    if (element.type === TYPE.literal || element.type === TYPE.pound) continue;
    found.add(element.value);
    if (element.type === TYPE.plural || element.type === TYPE.select) {
      for (const option of Object.values(element.options)) placeholders(option.value, found);
    }
    if (element.type === TYPE.tag) placeholders(element.children, found);
  }
  return found;
}

describe('message catalogs', () => {
  const reference = CATALOGS.en!;

  for (const [language, catalog] of Object.entries(READER_CATALOGS)) {
    it(`${language} for readers has English keys only (no admin), each with the same placeholders, and the disclaimer`, () => {
      assert.ok(catalog['mt.disclaimer'] && catalog['language.machine']);
      for (const [key, message] of Object.entries(catalog)) {
        assert.ok(!key.startsWith('admin.'), key);
        const expected = [...placeholders(parse(reference[key as keyof typeof reference]))].sort();
        assert.deepEqual([...placeholders(parse(message!))].sort(), expected, `${language} ${key}`);
      }
      assert.equal(translatorFor(language)('pagination.next'), 'Next page', 'a missing key falls back to English');
    });
  }

  for (const [language, catalog] of Object.entries(CATALOGS)) {
    it(`${language} has exactly the English keys, each with the same placeholders`, () => {
      assert.deepEqual(Object.keys(catalog).sort(), Object.keys(reference).sort());
      for (const [key, message] of Object.entries(catalog)) {
        const expected = [...placeholders(parse(reference[key as keyof typeof reference]))].sort();
        assert.deepEqual([...placeholders(parse(message))].sort(), expected, `${language} ${key}`);
      }
    });
  }

  it('uses all six Arabic plural forms', () => {
    const t = translatorFor('ar');
    const forms = [0, 1, 2, 3, 11, 100].map((count) => t('listing.count', { count }));
    assert.deepEqual(forms, ['لا توجد مقالات', 'مقال واحد', 'مقالان', '3 مقالات', '11 مقالًا', '100 مقال']);
  });

  it('uses English and French plural rules', () => {
    assert.equal(translatorFor('en')('listing.count', { count: 1 }), '1 article');
    assert.equal(translatorFor('en')('listing.count', { count: 0 }), 'No articles');
    assert.equal(translatorFor('fr')('listing.count', { count: 1 }), '1 article');
    assert.equal(translatorFor('fr')('listing.count', { count: 2 }), '2 articles');
  });

  it('falls back to English for a language without a catalog', () => {
    assert.equal(translatorFor('de')('home.latest'), 'Latest articles');
    assert.equal(translatorFor('es')('home.latest'), 'Últimos artículos');
  });
});
