/** A form that cannot be accepted as typed: which fields, and why, in words the catalogs translate. */
import type { MessageKey } from '../i18n/messages.ts';
import { AppError } from './app-error.ts';

export class FormError extends AppError {
  constructor(readonly fields: Partial<Record<string, MessageKey>>) {
    super(400, 'validation_failed', `Please correct: ${Object.keys(fields).join(', ')}`);
    this.name = 'FormError';
  }
}
