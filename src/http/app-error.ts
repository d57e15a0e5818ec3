/** The one error type services throw: an HTTP status and a stable code that tests and clients can rely on. */
export type ErrorCode =
  | 'not_found'
  | 'bad_request'
  | 'unauthorized'
  | 'forbidden'
  | 'too_many_requests'
  | 'validation_failed'
  | 'payload_too_large'
  | 'internal';

export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'AppError';
  }

  static notFound(message = 'Not found'): AppError {
    return new AppError(404, 'not_found', message);
  }

  static badRequest(message: string): AppError {
    return new AppError(400, 'bad_request', message);
  }

  static unauthorized(message: string): AppError {
    return new AppError(401, 'unauthorized', message);
  }

  static forbidden(message: string): AppError {
    return new AppError(403, 'forbidden', message);
  }
}
