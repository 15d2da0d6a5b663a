// GET /api/plans/:planId/plan.pdf?lang=nb|nn|en: the person's current individual plan as a PDF
// (plan-pdf.ts). Behind the rule of the plan read ('plan.read') and read by the same path as the
// GraphQL plan (planForPerson), so the PDF holds what this reader may see and no more. The
// download is logged as 'plan.export', and so is a refused attempt (marked denied).
import { osloToday } from '@samhandling/shared';
import type { FastifyInstance } from 'fastify';
import type { Context } from '../../context';
import { viewerOf } from '../../context';
import { notFound } from '../../graphql/errors';
import { requireWellFormedId } from '../../graphql/ids';
import { registerFileRoute, type FileRouteDeps } from '../../lib/file-route';
import { askedLanguage, writtenLanguage } from '../../lib/pdf';
import { authorizeLogged } from '../auth/authorize-logged';
import { renderPlanPdf } from './plan-pdf';
import { planTarget } from './plan.loaders';
import { planForPerson } from './plan.service';

/** Where the web app downloads a plan. */
export const planPdfUrl = (planId: string): string => `/api/plans/${planId}/plan.pdf`;

const EXPORT = 'plan.export';

const localDate = (date: Date): string => date.toISOString().slice(0, 10);

/** The plan as a PDF in the language asked for, else in the person's written language (nb or nn). */
export async function planPdf(ctx: Context, planId: string, lang: unknown): Promise<{ body: Buffer; fileName: string }> {
  // The policy checks sign-in and role before it looks the plan up, so a caller without them
  // learns nothing about the id.
  const lookup = () => {
    requireWellFormedId('planId', planId);
    return planTarget(ctx, planId);
  };
  const access = await authorizeLogged(ctx, 'plan.read', lookup, EXPORT);
  const asked = askedLanguage(lang);
  // The request's loader has the plan's person already. Every reader of a plan is related to its
  // person: the policy lets no one in without one.
  const target = await planTarget(ctx, planId);
  if (!target) throw notFound();
  const [plan, person, municipality] = await Promise.all([
    planForPerson(ctx, target.personId, access, { planId, includeClosed: true, loggedAs: EXPORT }),
    ctx.db.person.findUniqueOrThrow({
      where: { id: target.personId },
      select: { dateOfBirth: true, expectedBirthDate: true, preferredLanguage: true },
    }),
    ctx.db.municipality.findUniqueOrThrow({ where: { id: viewerOf(ctx).municipalityId }, select: { name: true } }),
  ]);
  // A closed plan is no one's current plan: the plan read does not show it either.
  if (!plan) throw notFound();
  const printedOn = osloToday(ctx.now);
  const body = await renderPlanPdf({
    language: asked ?? writtenLanguage(person.preferredLanguage),
    municipalityName: municipality.name,
    person: {
      name: plan.person.name,
      dateOfBirth: person.dateOfBirth ? localDate(person.dateOfBirth) : null,
      expectedBirthDate: person.expectedBirthDate ? localDate(person.expectedBirthDate) : null,
    },
    printedOn,
    plan,
  });
  return { body, fileName: `individuell-plan-${printedOn}.pdf` };
}

export function registerPlanPdfRoute(app: FastifyInstance, deps: FileRouteDeps): void {
  registerFileRoute<{ planId: string }, { lang?: unknown }>(app, '/api/plans/:planId/plan.pdf', deps, async (ctx, request) => ({
    ...(await planPdf(ctx, request.params.planId, request.query.lang)),
    contentType: 'application/pdf',
  }));
}
