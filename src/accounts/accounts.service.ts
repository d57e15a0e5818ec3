/**
 * Staff accounts: creating them, signing in and out with server-side sessions (idle and absolute
 * expiry, a new session at every sign-in), throttled guessing, password changes.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import { isRole, type Role } from '../admin/index.ts';
import type { AuditService } from '../audit/index.ts';
import type { Database } from '../db/schema.ts';
import { AppError } from '../http/app-error.ts';
import { FormError } from '../http/form-error.ts';
import type { NewUser, StoredUser, User, UserChanges } from './accounts.types.ts';
import { hashPassword, passwordProblem, verifyDecoy, verifyPassword } from './passwords.ts';
import * as sessions from './sessions.repository.ts';
import { clearFailures, lockedUntil, recordFailure, throttleKey } from './sign-in-throttle.ts';
import * as users from './users.repository.ts';

export const SESSION_IDLE_MS = 2 * 60 * 60_000;
export const SESSION_ABSOLUTE_MS = 12 * 60 * 60_000;
/** Last-seen times are written at most this often, not on every request. */
const TOUCH_EVERY_MS = 60_000;

export class TooManyAttempts extends AppError {
  constructor(readonly retryAfterSeconds: number) {
    super('sign_in.throttled', 'Too many failed sign-in attempts; try again later');
  }
}

/** The account without its password hash, as everything outside accounts sees it. */
function toUser({ passwordHash: _hash, disabledAt: _since, ...user }: StoredUser): User {
  return user;
}

const normalizeEmail = (email: string) => email.trim().toLowerCase();
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const sessionId = (token: string) => createHash('sha256').update(token).digest('hex');

export interface AccountsService {
  countUsers(): Promise<number>;
  createUser(input: NewUser, actorId: number | null): Promise<User>;
  /**
   * The account of someone who wrote for an imported site: the existing one with that email, else a new
   * author account that is disabled and has no password (nobody can sign in with it until an
   * administrator sets one and enables it).
   */
  ensureImportedAuthor(input: { email: string; name: string; interfaceLanguage: string }): Promise<{ user: User; created: boolean }>;
  /** Creates the first administrator when there is no user yet; returns it, or null when users exist. */
  ensureFirstAdministrator(admin: { email: string; password: string }, interfaceLanguage: string): Promise<User | null>;
  /** A new session for the right email and password; `replacing` (the old session's token) ends. */
  signIn(email: string, password: string, client: string, replacing?: string): Promise<{ token: string; user: User }>;
  /** The signed-in user of a session token, or null when it is unknown, idle too long, or too old. */
  userOfSession(token: string | undefined): Promise<User | null>;
  signOut(token: string): Promise<void>;
  changePassword(userId: number, current: string, next: string, keepToken: string): Promise<void>;
  setInterfaceLanguage(userId: number, language: string): Promise<void>;
  listUsers(): Promise<User[]>;
  findUser(id: number): Promise<User>;
  updateUser(id: number, changes: UserChanges, actorId: number): Promise<User>;
}

export function createAccountsService(deps: { db: Kysely<Database>; audit: AuditService; languages: () => readonly string[] }): AccountsService {
  const { db, audit } = deps;

  function validateProfile(input: { name: string; role: string; interfaceLanguage: string }, errors: FormError['fields']) {
    if (!input.name.trim()) errors.name = 'admin.error.required';
    else if (input.name.length > 200) errors.name = 'admin.error.tooLong';
    if (!isRole(input.role)) errors.role = 'admin.error.invalidChoice';
    if (!deps.languages().includes(input.interfaceLanguage)) errors.interfaceLanguage = 'admin.error.invalidChoice';
  }

  async function createUser(input: NewUser, actorId: number | null): Promise<User> {
    const email = normalizeEmail(input.email);
    const errors: FormError['fields'] = {};
    if (!EMAIL.test(email) || email.length > 320) errors.email = 'admin.error.email';
    else if (await users.findUserByEmail(db, email)) errors.email = 'admin.error.emailTaken';
    validateProfile(input, errors);
    const problem = passwordProblem(input.password);
    if (problem) errors.password = problem === 'tooShort' ? 'admin.error.passwordTooShort' : 'admin.error.tooLong';
    if (Object.keys(errors).length > 0) throw new FormError('user.invalid', errors);
    const id = await users.insertUser(
      db,
      {
        email,
        name: input.name.trim(),
        passwordHash: await hashPassword(input.password),
        role: input.role as Role,
        interfaceLanguage: input.interfaceLanguage,
      },
      new Date().toISOString(),
    );
    await audit.record(actorId, 'user.create', `user:${id}`, { email, role: input.role });
    return toUser((await users.findUserById(db, id))!);
  }

  return {
    countUsers: () => users.countUsers(db),
    createUser,

    async ensureImportedAuthor(input) {
      const email = normalizeEmail(input.email);
      const existing = await users.findUserByEmail(db, email);
      if (existing) return { user: toUser(existing), created: false };
      if (!EMAIL.test(email) || email.length > 320) throw new FormError('user.invalid', { email: 'admin.error.email' });
      const now = new Date().toISOString();
      const name = input.name.trim().slice(0, 200) || email.split('@')[0]!;
      // An empty hash matches no password (verifyPassword needs the scrypt form).
      const id = await users.insertUser(
        db,
        { email, name, passwordHash: '', role: 'author', interfaceLanguage: input.interfaceLanguage, disabledAt: now },
        now,
      );
      await audit.record(null, 'user.import', `user:${id}`, { email, role: 'author' });
      return { user: toUser((await users.findUserById(db, id))!), created: true };
    },

    async ensureFirstAdministrator(admin, interfaceLanguage) {
      if ((await users.countUsers(db)) > 0) return null;
      return createUser({ email: admin.email, name: admin.email.split('@')[0]!, password: admin.password, role: 'administrator', interfaceLanguage }, null);
    },

    async signIn(rawEmail, password, client, replacing) {
      const email = normalizeEmail(rawEmail);
      const now = new Date();
      const keys = { account: throttleKey('account', email), client: throttleKey('client', client) };
      const locked = await lockedUntil(db, [keys.account, keys.client], now);
      if (locked) throw new TooManyAttempts(Math.ceil((locked.getTime() - now.getTime()) / 1000));
      const row = email ? await users.findUserByEmail(db, email) : undefined;
      const valid = row ? await verifyPassword(password, row.passwordHash) : await verifyDecoy(password);
      if (!row || !valid || row.disabledAt !== null) {
        await recordFailure(db, keys.account, 'account', now);
        await recordFailure(db, keys.client, 'client', now);
        await audit.record(row?.id ?? null, 'session.failed', `email:${email.slice(0, 320)}`, { client });
        throw new FormError('sign_in.failed', { email: 'admin.error.signIn' });
      }
      await clearFailures(db, keys.account);
      if (replacing) await sessions.deleteSession(db, sessionId(replacing));
      const token = randomBytes(32).toString('base64url');
      await sessions.insertSession(db, sessionId(token), row.id, now.toISOString(), new Date(now.getTime() + SESSION_ABSOLUTE_MS).toISOString());
      await audit.record(row.id, 'session.start', `user:${row.id}`, { client });
      return { token, user: toUser(row) };
    },

    async userOfSession(token) {
      if (!token || token.length > 100) return null;
      const id = sessionId(token);
      const session = await sessions.findSession(db, id);
      if (!session) return null;
      const now = Date.now();
      if (new Date(session.expiresAt).getTime() <= now || new Date(session.lastSeenAt).getTime() + SESSION_IDLE_MS <= now) {
        await sessions.deleteSession(db, id);
        return null;
      }
      const row = await users.findUserById(db, session.userId);
      if (!row || row.disabledAt !== null) return null;
      if (now - new Date(session.lastSeenAt).getTime() > TOUCH_EVERY_MS) await sessions.touchSession(db, id, new Date(now).toISOString());
      return toUser(row);
    },

    async signOut(token) {
      await sessions.deleteSession(db, sessionId(token));
    },

    async changePassword(userId, current, next, keepToken) {
      const row = await users.findUserById(db, userId);
      if (!row) throw new AppError('user.not_found', 'No such user');
      const errors: FormError['fields'] = {};
      if (!(await verifyPassword(current, row.passwordHash))) errors.currentPassword = 'admin.error.currentPassword';
      const problem = passwordProblem(next);
      if (problem) errors.newPassword = problem === 'tooShort' ? 'admin.error.passwordTooShort' : 'admin.error.tooLong';
      if (Object.keys(errors).length > 0) throw new FormError('account.invalid', errors);
      await users.updateUser(db, userId, { passwordHash: await hashPassword(next) }, new Date().toISOString());
      // Anyone else holding a session of this account is signed out.
      await sessions.deleteSessionsOf(db, userId, sessionId(keepToken));
      await audit.record(userId, 'user.password', `user:${userId}`);
    },

    async setInterfaceLanguage(userId, language) {
      if (!deps.languages().includes(language)) throw new FormError('account.invalid', { interfaceLanguage: 'admin.error.invalidChoice' });
      await users.updateUser(db, userId, { interfaceLanguage: language }, new Date().toISOString());
    },

    listUsers: async () => (await users.listUsers(db)).map(toUser),

    async findUser(id) {
      const row = await users.findUserById(db, id);
      if (!row) throw new AppError('user.not_found', `No user ${id}`);
      return toUser(row);
    },

    async updateUser(id, changes, actorId) {
      const before = await users.findUserById(db, id);
      if (!before) throw new AppError('user.not_found', `No user ${id}`);
      const errors: FormError['fields'] = {};
      validateProfile(changes, errors);
      const demotesSelf = id === actorId && (changes.role !== 'administrator' || changes.disabled);
      if (demotesSelf) errors.role = 'admin.error.ownRole';
      const password = changes.password ?? '';
      const problem = password === '' ? null : passwordProblem(password);
      if (problem) errors.password = problem === 'tooShort' ? 'admin.error.passwordTooShort' : 'admin.error.tooLong';
      // Imported authors have no password: enabling one is giving it one.
      else if (!changes.disabled && password === '' && before.passwordHash === '') errors.password = 'admin.error.passwordNeeded';
      if (Object.keys(errors).length > 0) throw new FormError('user.invalid', errors);
      const disabledAt = changes.disabled ? (before.disabledAt ?? new Date().toISOString()) : null;
      await users.updateUser(
        db,
        id,
        {
          name: changes.name.trim(),
          role: changes.role as Role,
          interfaceLanguage: changes.interfaceLanguage,
          disabledAt,
          ...(password ? { passwordHash: await hashPassword(password) } : {}),
        },
        new Date().toISOString(),
      );
      if (password) await sessions.deleteSessionsOf(db, id);
      if (disabledAt) await sessions.deleteSessionsOf(db, id);
      await audit.record(actorId, 'user.update', `user:${id}`, { role: changes.role, disabled: changes.disabled });
      return toUser((await users.findUserById(db, id))!);
    },
  };
}
