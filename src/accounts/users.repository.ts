/** The only code that reads and writes staff accounts. */
import type { Kysely, Selectable } from 'kysely';
import type { Database, Role, UsersTable } from '../db/schema.ts';
import type { StoredUser } from './accounts.types.ts';

function toStoredUser(row: Selectable<UsersTable>): StoredUser {
  const { id, email, name, role, interfaceLanguage, passwordHash, disabledAt } = row;
  return { id, email, name, role, interfaceLanguage, passwordHash, disabledAt, disabled: disabledAt !== null };
}

export async function countUsers(db: Kysely<Database>): Promise<number> {
  const row = await db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function findUserByEmail(db: Kysely<Database>, email: string): Promise<StoredUser | undefined> {
  const row = await db.selectFrom('users').selectAll().where('email', '=', email).executeTakeFirst();
  return row && toStoredUser(row);
}

export async function findUserById(db: Kysely<Database>, id: number): Promise<StoredUser | undefined> {
  const row = await db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
  return row && toStoredUser(row);
}

export async function listUsers(db: Kysely<Database>): Promise<StoredUser[]> {
  const rows = await db.selectFrom('users').selectAll().orderBy('name').orderBy('email').execute();
  return rows.map(toStoredUser);
}

export async function insertUser(
  db: Kysely<Database>,
  user: { email: string; name: string; passwordHash: string; role: Role; interfaceLanguage: string; disabledAt?: string | null },
  now: string,
): Promise<number> {
  const { id } = await db
    .insertInto('users')
    .values({ disabledAt: null, ...user, createdAt: now, updatedAt: now })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export async function updateUser(
  db: Kysely<Database>,
  id: number,
  changes: Partial<Pick<StoredUser, 'name' | 'role' | 'interfaceLanguage' | 'disabledAt' | 'passwordHash'>>,
  now: string,
): Promise<void> {
  await db
    .updateTable('users')
    .set({ ...changes, updatedAt: now })
    .where('id', '=', id)
    .execute();
}
