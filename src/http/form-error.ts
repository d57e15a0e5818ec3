/** A form that cannot be accepted as typed: which fields, and why, in words the catalogs translate. */
import type { MessageKey } from '../i18n/messages.ts';
import { AppError, type ErrorCode } from './app-error.ts';

export class FormError extends AppError {
  constructor(
    code: ErrorCode,
    readonly fields: Partial<Record<string, MessageKey>>,
  ) {
    super(code, `Please correct: ${Object.keys(fields).join(', ')}`);
    this.name = 'FormError';
  }
}
