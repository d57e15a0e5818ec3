/** The only code that reads and writes staff API tokens. */
import type { Kysely, Selectable } from 'kysely';
import type { ApiTokensTable, Database } from '../db/schema.ts';

export interface StoredApiToken {
  id: number;
  userId: number;
  name: string;
  tokenHint: string;
  scopes: string[];
  createdAt: string;
  expiresAt: string | null;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

function toToken({ tokenHash: _hash, createdBy: _by, scopes, ...row }: Selectable<ApiTokensTable>): StoredApiToken {
  return { ...row, scopes: JSON.parse(scopes) as string[] };
}

export async function insertToken(
  db: Kysely<Database>,
  token: { userId: number; name: string; tokenHash: string; tokenHint: string; scopes: string[]; createdBy: number; expiresAt: string | null },
  at: string,
): Promise<number> {
  const { id } = await db
    .insertInto('apiTokens')
    .values({ ...token, scopes: JSON.stringify(token.scopes), createdAt: at })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

export async function listTokens(db: Kysely<Database>): Promise<StoredApiToken[]> {
  return (await db.selectFrom('apiTokens').selectAll().orderBy('id', 'desc').execute()).map(toToken);
}

export async function findTokenByHash(db: Kysely<Database>, tokenHash: string): Promise<StoredApiToken | undefined> {
  const row = await db.selectFrom('apiTokens').selectAll().where('tokenHash', '=', tokenHash).executeTakeFirst();
  return row && toToken(row);
}

export async function revokeToken(db: Kysely<Database>, id: number, at: string): Promise<boolean> {
  const result = await db.updateTable('apiTokens').set({ revokedAt: at }).where('id', '=', id).where('revokedAt', 'is', null).executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function touchToken(db: Kysely<Database>, id: number, at: string): Promise<void> {
  await db.updateTable('apiTokens').set({ lastUsedAt: at }).where('id', '=', id).execute();
}
