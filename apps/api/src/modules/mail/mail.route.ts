// GET /api/mail/:mailId/ics: the calendar file (.ics) a sent mail carried, as a download, for KE
// and the mail's sender ('mail.sent'; mail.service.ts).
import type { FastifyInstance } from 'fastify';
import { registerFileRoute, type FileRouteDeps } from '../../lib/file-route';
import { mailCalendar } from './mail.service';

export function registerMailRoutes(app: FastifyInstance, deps: FileRouteDeps): void {
  registerFileRoute<{ mailId: string }>(app, '/api/mail/:mailId/ics', deps, (ctx, request) => mailCalendar(ctx, request.params.mailId));
}
