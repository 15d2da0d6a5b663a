// Routes that send a file made on request (the decision letter, the plan as a PDF): a GET with the
// request's context, sent as a download that is never cached (app.ts sets no-store on /api/), and
// an AppError answered in the API's JSON error shape, in the caller's language.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Context } from '../context';
import { AppError } from '../graphql/errors';

export interface FileRouteDeps {
  contextFor: (request: FastifyRequest) => Promise<Context>;
  sendError: (reply: FastifyReply, error: AppError) => FastifyReply;
}

export interface MadeFile {
  body: Buffer;
  fileName: string;
  contentType: string;
}

export function registerFileRoute<Params = unknown, Querystring = unknown>(
  app: FastifyInstance,
  url: string,
  { contextFor, sendError }: FileRouteDeps,
  make: (ctx: Context, request: FastifyRequest<{ Params: Params; Querystring: Querystring }>) => Promise<MadeFile>,
): void {
  app.get<{ Params: Params; Querystring: Querystring }>(url, async (request, reply) => {
    try {
      const file = await make(await contextFor(request), request);
      return reply
        .header('content-type', file.contentType)
        .header('content-disposition', `attachment; filename="${file.fileName}"`)
        .send(file.body);
    } catch (error) {
      if (error instanceof AppError) return sendError(reply, error);
      throw error;
    }
  });
}
