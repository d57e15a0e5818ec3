/**
 * Forms that upload a file. They are the only admin routes that accept a multipart body, and that body
 * is read only once the guard has let the request through (the guard runs before any body is read).
 */
import multipart from '@fastify/multipart';
import type { FastifyError, FastifyInstance, FastifyRequest } from 'fastify';
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
      // Read whole before the handler so the CSRF check below sees the form's token.
      await uploads.register(multipart, {
        attachFieldsToBody: 'keyValues',
        throwFileSizeLimit: false,
        limits: { fileSize: limitBytes, files: 1, fields: 50, fieldSize: 100_000 },
        async onFile(part) {
          const buffer = await part.toBuffer();
          (part as unknown as { value: UploadedFile }).value = { buffer, truncated: part.file.truncated };
        },
      });
      // The admin's own CSRF check passes over multipart bodies, which are parsed only here.
      uploads.addHook('preValidation', (request, reply, done) => uploads.csrfProtection(request, reply, done));
      // A body the multipart parser could not read (cut short, a wrong boundary) fails before the handler with a
      // plain Error: that is the sender's fault, a 400, not the server's.
      const read = new WeakSet<FastifyRequest>();
      uploads.addHook('preHandler', async (request) => void read.add(request));
      uploads.setErrorHandler(async (error: FastifyError, request) => {
        if (!read.has(request) && error.statusCode === undefined && !error.validation) throw new AppError('request.invalid', 'The form data could not be read');
        throw error;
      });
      define(uploads);
    });
  };
}
