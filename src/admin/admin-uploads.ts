/**
 * Forms that upload a file. They are the only admin routes that accept a multipart body, and that body
 * is read only once the guard has let the request through (the guard runs before any body is read).
 */
import multipart from '@fastify/multipart';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from '../http/app-error.ts';

/** What a file field holds once read (see `limits` below). */
export interface UploadedFile {
  buffer: Buffer;
  /** The file was over the limit and was cut short; the form says so instead of failing the request. */
  truncated: boolean;
}

export type UploadForms = (admin: FastifyInstance, define: (uploads: FastifyInstance) => void) => void;

export const isMultipart = (contentType: string | undefined) => (contentType ?? '').toLowerCase().startsWith('multipart/');

export function uploadForms(limitBytes: number): UploadForms {
  return (admin, define) => {
    admin.register(async (uploads) => {
      await uploads.register(multipart, { throwFileSizeLimit: false, limits: { fileSize: limitBytes, files: 1, fields: 50, fieldSize: 100_000 } });
      // Read whole before the handler so the CSRF check below sees the form's token.
      uploads.addHook('preValidation', async (request) => {
        if (!request.isMultipart()) return;
        request.body = await readMultipartForm(request);
      });
      // The admin's own CSRF check passes over multipart bodies, which are parsed only here.
      const read = new WeakSet<FastifyRequest>();
      uploads.addHook('preValidation', (request, reply, done) => {
        read.add(request);
        uploads.csrfProtection(request, reply, done);
      });
      // A body that is not multipart at all (cut short, no boundary) fails while it is read, before the hook above;
      // `readMultipartForm` turns what busboy finds wrong inside one into a 400 too: the client's mistakes, not the server's.
      uploads.setErrorHandler((error, request) => {
        if (!read.has(request) && !(error instanceof AppError) && !((error as { statusCode?: number }).statusCode! < 500)) {
          throw new AppError('request.invalid', 'The upload could not be read as a form');
        }
        throw error;
      });
      define(uploads);
    });
  };
}

/** The fields and the file of a multipart form; a body that is not valid multipart is the client's mistake (400). */
export async function readMultipartForm(request: FastifyRequest): Promise<Record<string, string | UploadedFile>> {
  const body: Record<string, string | UploadedFile> = {};
  try {
    for await (const part of request.parts()) {
      if (part.type === 'file') body[part.fieldname] = { buffer: await part.toBuffer(), truncated: part.file.truncated };
      else body[part.fieldname] = String(part.value);
    }
  } catch (error) {
    if ((error as { statusCode?: number }).statusCode) throw error;
    throw new AppError('request.invalid', `The form could not be read: ${(error as Error).message}`);
  }
  return body;
}
