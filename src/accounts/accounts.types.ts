/** Staff accounts as the rest of Diwan sees them, and as they are stored. */
import type { Role } from '../admin/index.ts';

export interface User {
  id: number;
  email: string;
  name: string;
  role: Role;
  interfaceLanguage: string;
  disabled: boolean;
}

export interface NewUser {
  email: string;
  name: string;
  password: string;
  role: string;
  interfaceLanguage: string;
}

export interface UserChanges {
  name: string;
  role: string;
  interfaceLanguage: string;
  disabled: boolean;
  /** A new password set by an administrator; empty or absent keeps the current one. */
  password?: string;
}

/** An account with what only sign-in may read. */
export interface StoredUser extends User {
  passwordHash: string;
  /** Since when the account is disabled; null while it may sign in. */
  disabledAt: string | null;
}
