// GET /api/persons/:personId/export.json and /export.pdf?lang=nb|nn|en: everything held about the
// person, for the person or their guardian ('person.export'); logged, a refused attempt too.
import { osloToday } from '@samhandling/shared';
import type { FastifyInstance } from 'fastify';
import type { Context } from '../../context';
import { requireWellFormedId } from '../../graphql/ids';
import { registerFileRoute, type FileRouteDeps } from '../../lib/file-route';
import { askedLanguage } from '../../lib/pdf';
import { authorizeLogged } from '../auth/authorize-logged';
import { renderPersonExportPdf } from './person-export.pdf';
import { personExport, type PersonExport } from './person-export.service';

/** Where the web app downloads the person's data. */
export const personExportUrl = (personId: string, format: 'json' | 'pdf'): string => `/api/persons/${personId}/export.${format}`;

async function exportFor(ctx: Context, personId: string): Promise<PersonExport> {
  await authorizeLogged(ctx, 'person.export', () => {
    requireWellFormedId('personId', personId);
    return { personId };
  });
  return personExport(ctx, personId);
}

export function registerPersonExportRoutes(app: FastifyInstance, deps: FileRouteDeps): void {
  registerFileRoute<{ personId: string }>(app, '/api/persons/:personId/export.json', deps, async (ctx, request) => ({
    body: Buffer.from(JSON.stringify(await exportFor(ctx, request.params.personId), null, 2)),
    fileName: `mine-opplysninger-${osloToday(ctx.now)}.json`,
    contentType: 'application/json; charset=utf-8',
  }));
  registerFileRoute<{ personId: string }, { lang?: unknown }>(app, '/api/persons/:personId/export.pdf', deps, async (ctx, request) => {
    const lang = askedLanguage(request.query.lang);
    const data = await exportFor(ctx, request.params.personId);
    return {
      body: await renderPersonExportPdf(data, lang ?? ctx.locale),
      fileName: `mine-opplysninger-${osloToday(ctx.now)}.pdf`,
      contentType: 'application/pdf',
    };
  });
}
