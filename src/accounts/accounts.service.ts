/**
 * Staff accounts: creating them, signing in and out with server-side sessions (idle and absolute
 * expiry, a new session at every sign-in), throttled guessing with trusted devices, password
 * changes, and the upkeep that deletes what has ended.
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
import { admitAttempt, forgetIdleCounters, settleSuccess } from './sign-in-throttle.ts';
import * as devices from './trusted-devices.repository.ts';
import * as users from './users.repository.ts';

export const SESSION_IDLE_MS = 2 * 60 * 60_000;
export const SESSION_ABSOLUTE_MS = 12 * 60 * 60_000;
/** Last-seen times are written at most this often, not on every request. */
const TOUCH_EVERY_MS = 60_000;
/**
 * How long a browser stays trusted after signing in (renewed at each sign-in): staff who sign in
 * at least twice a year are never slowed down by strangers' guesses.
 */
export const DEVICE_TRUST_MS = 180 * 24 * 60 * 60_000;

/** The account without its password hash, as everything outside accounts sees it. */
function toUser({ passwordHash: _hash, disabledAt: _since, ...user }: StoredUser): User {
  return user;
}

const normalizeEmail = (email: string) => email.trim().toLowerCase();
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
/** Sessions and devices are stored by the hash of their token, so a leaked table opens nothing. */
const tokenHash = (token: string) => createHash('sha256').update(token).digest('hex');
const newToken = () => randomBytes(32).toString('base64url');
const plausibleToken = (token: string | undefined): token is string => token !== undefined && token.length > 0 && token.length <= 100;

/** Where a sign-in comes from. */
export interface SignInOrigin {
  /** The client's address. */
  client: string;
  /** The token of the browser's device cookie, if it has one. */
  device?: string;
  /** The token of the session it had, which ends. */
  replacing?: string;
}

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
  /** A new session, and a new device token for the browser, for the right email and password. */
  signIn(credentials: { email: string; password: string }, from: SignInOrigin): Promise<{ token: string; device: string; user: User }>;
  /** The signed-in user of a session token, or null when it is unknown, idle too long, or too old. */
  userOfSession(token: string | undefined): Promise<User | null>;
  signOut(token: string): Promise<void>;
  changePassword(userId: number, current: string, next: string, keepToken: string): Promise<void>;
  setInterfaceLanguage(userId: number, language: string): Promise<void>;
  listUsers(): Promise<User[]>;
  findUser(id: number): Promise<User>;
  updateUser(id: number, changes: UserChanges, actorId: number): Promise<User>;
  /** Deletes ended sessions, forgotten sign-in counters and expired devices. */
  upkeep(): Promise<void>;
}

export interface AccountsDeps {
  db: Kysely<Database>;
  audit: AuditService;
  languages: () => readonly string[];
  now?: () => Date;
}

export function createAccountsService(deps: AccountsDeps): AccountsService {
  const { db, audit } = deps;
  const now = deps.now ?? (() => new Date());
  const later = (from: Date, ms: number) => new Date(from.getTime() + ms).toISOString();

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
      now().toISOString(),
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

    async signIn({ email: rawEmail, password }, { client, device, replacing }) {
      const email = normalizeEmail(rawEmail);
      const at = now();
      const deviceId = plausibleToken(device) ? ((await devices.findTrustedDevice(db, tokenHash(device), email, at.toISOString())) ?? null) : null;
      const attempt = await admitAttempt(db, { email, client, deviceId }, now);
      const row = email ? await users.findUserByEmail(db, email) : undefined;
      const valid = row ? await verifyPassword(password, row.passwordHash) : await verifyDecoy(password);
      if (!row || !valid || row.disabledAt !== null) {
        await audit.record(row?.id ?? null, 'session.failed', `email:${email.slice(0, 320)}`, { client });
        throw new FormError('sign_in.failed', { email: 'admin.error.signIn' });
      }
      await settleSuccess(db, attempt);
      const deviceToken = newToken();
      await devices.trustDevice(db, { id: tokenHash(deviceToken), userId: row.id, now: at.toISOString(), expiresAt: later(at, DEVICE_TRUST_MS) }, deviceId);
      if (replacing) await sessions.deleteSession(db, tokenHash(replacing));
      const token = newToken();
      await sessions.insertSession(db, tokenHash(token), row.id, at.toISOString(), later(at, SESSION_ABSOLUTE_MS));
      await audit.record(row.id, 'session.start', `user:${row.id}`, { client, trustedDevice: deviceId !== null });
      return { token, device: deviceToken, user: toUser(row) };
    },

    async userOfSession(token) {
      if (!plausibleToken(token)) return null;
      const id = tokenHash(token);
      const session = await sessions.findSession(db, id);
      if (!session) return null;
      const at = now().getTime();
      if (new Date(session.expiresAt).getTime() <= at || new Date(session.lastSeenAt).getTime() + SESSION_IDLE_MS <= at) {
        await sessions.deleteSession(db, id);
        return null;
      }
      const row = await users.findUserById(db, session.userId);
      if (!row || row.disabledAt !== null) return null;
      if (at - new Date(session.lastSeenAt).getTime() > TOUCH_EVERY_MS) await sessions.touchSession(db, id, new Date(at).toISOString());
      return toUser(row);
    },

    async signOut(token) {
      await sessions.deleteSession(db, tokenHash(token));
    },

    async changePassword(userId, current, next, keepToken) {
      const row = await users.findUserById(db, userId);
      if (!row) throw new AppError('user.not_found', 'No such user');
      const errors: FormError['fields'] = {};
      if (!(await verifyPassword(current, row.passwordHash))) errors.currentPassword = 'admin.error.currentPassword';
      const problem = passwordProblem(next);
      if (problem) errors.newPassword = problem === 'tooShort' ? 'admin.error.passwordTooShort' : 'admin.error.tooLong';
      if (Object.keys(errors).length > 0) throw new FormError('account.invalid', errors);
      await users.updateUser(db, userId, { passwordHash: await hashPassword(next) }, now().toISOString());
      // Anyone else holding a session of this account is signed out.
      await sessions.deleteSessionsOf(db, userId, tokenHash(keepToken));
      await audit.record(userId, 'user.password', `user:${userId}`);
    },

    async setInterfaceLanguage(userId, language) {
      if (!deps.languages().includes(language)) throw new FormError('account.invalid', { interfaceLanguage: 'admin.error.invalidChoice' });
      await users.updateUser(db, userId, { interfaceLanguage: language }, now().toISOString());
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
      const disabledAt = changes.disabled ? (before.disabledAt ?? now().toISOString()) : null;
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
        now().toISOString(),
      );
      if (password) await sessions.deleteSessionsOf(db, id);
      if (disabledAt) await sessions.deleteSessionsOf(db, id);
      await audit.record(actorId, 'user.update', `user:${id}`, { role: changes.role, disabled: changes.disabled });
      return toUser((await users.findUserById(db, id))!);
    },

    async upkeep() {
      const at = now();
      await sessions.deleteExpiredSessions(db, at.toISOString(), later(at, -SESSION_IDLE_MS));
      await forgetIdleCounters(db, at);
      await devices.deleteExpiredDevices(db, at.toISOString());
    },
  };
}
