/** The only code that reads and writes staff accounts. */
import type { Kysely, Selectable } from 'kysely';
import type { Database, Role, UsersTable } from '../db/schema.ts';

export type UserRow = Selectable<UsersTable>;

export async function countUsers(db: Kysely<Database>): Promise<number> {
  const row = await db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export function findUserByEmail(db: Kysely<Database>, email: string): Promise<UserRow | undefined> {
  return db.selectFrom('users').selectAll().where('email', '=', email).executeTakeFirst();
}

export function findUserById(db: Kysely<Database>, id: number): Promise<UserRow | undefined> {
  return db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
}

export function listUsers(db: Kysely<Database>): Promise<UserRow[]> {
  return db.selectFrom('users').selectAll().orderBy('name').orderBy('email').execute();
}

export async function insertUser(
  db: Kysely<Database>,
  user: { email: string; name: string; passwordHash: string; role: Role; interfaceLanguage: string },
  now: string,
): Promise<number> {
  const { id } = await db
    .insertInto('users')
    .values({ ...user, disabledAt: null, createdAt: now, updatedAt: now })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export async function updateUser(
  db: Kysely<Database>,
  id: number,
  changes: Partial<Pick<UserRow, 'name' | 'role' | 'interfaceLanguage' | 'disabledAt' | 'passwordHash'>>,
  now: string,
): Promise<void> {
  await db
    .updateTable('users')
    .set({ ...changes, updatedAt: now })
    .where('id', '=', id)
    .execute();
}
