// The consent's files, outside GraphQL:
// - POST /api/consents/:consentId/document: the signed form of a written consent, sent as the
//   raw body with Content-Type application/pdf, image/png or image/jpeg (?fileName= names it);
//   the file's first bytes must show the type claimed (415), at most 10 MB (413), never for an
//   oral consent (409). Who: 'consent.register' (the coordinator, KE), decided before the body is
//   read, so a caller without the right sends no file anywhere.
// - GET /api/consents/:consentId/document: the stored form, for those who may list the person's
//   consents ('consent.list': the person or guardian, the coordinator, KE); logged.
// - GET /api/consents/:consentId/pdf?lang=nb|nn|en: the person's copy of the consent (consent-pdf.ts).
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Context } from '../../context';
import { AppError, translateError } from '../../graphql/errors';
import { registerFileRoute, type FileRouteDeps } from '../../lib/file-route';
import { authorizeLogged } from '../auth/authorize-logged';
import {
  consentDocument,
  documentTooLarge,
  DOCUMENT_TYPES,
  FileError,
  MAX_DOCUMENT_BYTES,
  storeConsentDocument,
} from './consent-document.service';
import { consentPdf } from './consent-pdf';
import { consentOwner } from './consent.service';

type ConsentRequest = FastifyRequest<{ Params: { consentId: string }; Querystring: { fileName?: unknown } }>;

/** A file name for the Content-Disposition header: ASCII only (æøå spelt out), no quotes. */
export function asciiFileName(name: string): string {
  return name
    .replace(/[æÆ]/g, (c) => (c === 'æ' ? 'ae' : 'AE'))
    .replace(/[øØ]/g, (c) => (c === 'ø' ? 'o' : 'O'))
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\x20-\x7e]|["\\]/g, '_');
}

export function registerConsentRoutes(app: FastifyInstance, deps: FileRouteDeps): void {
  registerFileRoute<{ consentId: string }>(app, '/api/consents/:consentId/document', deps, async (ctx, request) => {
    const { consentId } = request.params;
    await authorizeLogged(ctx, 'consent.list', () => consentOwner(ctx, consentId), 'consent.documentDownload');
    const document = await consentDocument(ctx, consentId);
    return { ...document, fileName: asciiFileName(document.fileName) };
  });

  registerFileRoute<{ consentId: string }, { lang?: unknown }>(app, '/api/consents/:consentId/pdf', deps, async (ctx, request) => ({
    ...(await consentPdf(ctx, request.params.consentId, request.query.lang)),
    contentType: 'application/pdf',
  }));

  // The upload in a scope of its own: its parsers for the three types, with the 10 MB limit,
  // apply to this route only (the rest of the API keeps its 1 MB limit and JSON).
  const contexts = new WeakMap<FastifyRequest, Context>();
  const send = (reply: FastifyReply, error: AppError) =>
    error instanceof FileError ? reply.code(error.status).send({ errors: [translateError(reply.request.locale, error)] }) : deps.sendError(reply, error);

  void app.register(async (scope) => {
    scope.addContentTypeParser([...DOCUMENT_TYPES], { parseAs: 'buffer', bodyLimit: MAX_DOCUMENT_BYTES }, (_request, body, done) => done(null, body));
    // Fastify's own refusals of the body: too large (413) or of a type no parser takes (415).
    scope.setErrorHandler(async (error: Error & { statusCode?: number; code?: string }, _request, reply) => {
      if (error.statusCode === 413) return send(reply, documentTooLarge());
      if (error.statusCode === 415) return send(reply, new FileError(415, 'consent.error.documentType'));
      throw error;
    });
    scope.post('/api/consents/:consentId/document', {
      bodyLimit: MAX_DOCUMENT_BYTES,
      onRequest: async (request: ConsentRequest, reply) => {
        try {
          const ctx = await deps.contextFor(request);
          await authorizeLogged(ctx, 'consent.register', () => consentOwner(ctx, request.params.consentId), 'consent.documentUpload');
          contexts.set(request, ctx);
        } catch (error) {
          if (error instanceof AppError) return send(reply, error);
          throw error;
        }
      },
      handler: async (request: ConsentRequest, reply) => {
        try {
          const consent = await storeConsentDocument(contexts.get(request)!, request.params.consentId, {
            contentType: request.headers['content-type'],
            body: request.body,
            fileName: request.query.fileName,
          });
          return reply.code(201).send({ consent: { id: consent.id, document: consent.document } });
        } catch (error) {
          if (error instanceof AppError) return send(reply, error);
          throw error;
        }
      },
    });
  });
}
