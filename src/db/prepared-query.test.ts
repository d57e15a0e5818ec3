import assert from 'node:assert/strict';
import { it } from 'node:test';
import { openScratchDatabase } from '../testing/databases.ts';
import { describeOnEachDatabase } from '../testing/dialects.ts';
import { preparedQuery } from './prepared-query.ts';

const settingNamed = preparedQuery((db, v: { key: string; limit: number }) =>
  db.selectFrom('settings').select(['key', 'value']).where('key', '=', v.key).limit(v.limit),
);
const withConstant = preparedQuery((db, v: { key: string }) => db.selectFrom('settings').select('key').where('key', '=', v.key).where('value', '=', '"two"'));

await describeOnEachDatabase('prepared queries', (dialect) => {
  it('runs the once-compiled query with each call’s values, rows in camelCase as usual', async () => {
    const { db, close } = await openScratchDatabase(dialect);
    try {
      await db
        .insertInto('settings')
        .values([
          { key: 'a', value: '"one"' },
          { key: 'b', value: '"two"' },
        ])
        .execute();
      assert.deepEqual(await settingNamed(db, { key: 'a', limit: 5 }), [{ key: 'a', value: '"one"' }]);
      assert.deepEqual(await settingNamed(db, { key: 'b', limit: 5 }), [{ key: 'b', value: '"two"' }]);
      assert.deepEqual(await settingNamed(db, { key: 'b', limit: 0 }), []);
      assert.deepEqual(await withConstant(db, { key: 'b' }), [{ key: 'b' }], 'a constant of the query stays');
      assert.deepEqual(await withConstant(db, { key: 'a' }), []);
    } finally {
      await close();
    }
  });
});
