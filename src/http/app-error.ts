/** The one error type services throw: a stable code (which fixes the HTTP status) and a message for people. */
import { ERROR_STATUS, type ErrorCode } from './error-codes.ts';

export type { ErrorCode } from './error-codes.ts';

export class AppError extends Error {
  readonly status: number;

  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'AppError';
    this.status = ERROR_STATUS[code];
  }
}
