import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type DialectName, openScratchDatabase, skipUnlessDialect } from '../testing/databases.ts';
import { preparedQuery } from './prepared-query.ts';

const settingNamed = preparedQuery((db, v: { key: string; limit: number }) =>
  db.selectFrom('settings').select(['key', 'value']).where('key', '=', v.key).limit(v.limit),
);
const withConstant = preparedQuery((db, v: { key: string }) => db.selectFrom('settings').select('key').where('key', '=', v.key).where('value', '=', '"two"'));

for (const dialect of ['sqlite', 'postgres'] as DialectName[]) {
  describe(`prepared queries on ${dialect}`, { skip: await skipUnlessDialect(dialect) }, () => {
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
}
