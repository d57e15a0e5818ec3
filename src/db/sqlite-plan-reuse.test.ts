import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { openScratchDatabase } from '../testing/databases.ts';
import { withPlanKept } from './sqlite-plan-reuse.ts';

describe('SQLite statements that keep their plan', () => {
  it('turns only equality, `is`, limit and offset parameters into expressions, never quoted text', () => {
    assert.equal(
      withPlanKept(
        `select '= ?' as "a = ?" from t where a = ? and b <= ? and c IS ? and d != ? and e >= ? and f is not ? and g in (?, ?) and h=? limit ? offset ?`,
      ),
      `select '= ?' as "a = ?" from t where a = +? and b <= ? and c IS +? and d != ? and e >= ? and f is not ? and g in (?, ?) and h=+? limit +? offset +?`,
    );
    assert.equal(withPlanKept('insert into t (a, b) values (?, ?)'), 'insert into t (a, b) values (?, ?)');
    assert.equal(
      withPlanKept(`select a from t -- it's\nwhere b = '= ?' and c = ?`),
      `select a from t -- it's\nwhere b = '= ?' and c = ?`,
      'a statement with a comment is left alone',
    );
  });

  it('finds the same rows through a join, with text, numbers and null compared', async () => {
    const { db, close } = await openScratchDatabase('sqlite');
    try {
      await db
        .insertInto('terms')
        .values([
          { id: 1, kind: 'tag', slug: 'water', position: 0 },
          { id: 2, kind: 'tag', slug: '10', position: 1 },
        ])
        .execute();
      await db
        .insertInto('termNames')
        .values([
          { termId: 1, language: 'en', name: 'Water' },
          { termId: 2, language: 'en', name: 'Ten' },
        ])
        .execute();
      const named = (slug: string | null, id: number) =>
        db
          .selectFrom('terms as t')
          .innerJoin('termNames as n', 'n.termId', 't.id')
          .select('n.name')
          .where((eb) => eb.or([eb('t.slug', '=', slug), eb('t.slug', 'is', slug)]))
          .where('t.id', '=', id)
          .execute();
      assert.deepEqual(await named('water', 1), [{ name: 'Water' }]);
      assert.deepEqual(await named('10', 2), [{ name: 'Ten' }], 'a text that looks like a number still compares as text');
      assert.deepEqual(await named('water', 2), []);
      assert.deepEqual(await named(null, 1), []);
    } finally {
      await close();
    }
  });
});
