// GET /api/decisions/:decisionId/letter.pdf: the decision letter as the person receives it,
// rendered on request from the stored decision (decision-letter.ts), behind the same policy
// rule as the rest of the API ('decision.letter'), and logged as a read of the person's data.
import { translate } from '@samhandling/shared';
import type { FastifyInstance } from 'fastify';
import type { Context } from '../../context';
import { viewerOf } from '../../context';
import { notFound } from '../../graphql/errors';
import { requireWellFormedId } from '../../graphql/ids';
import { registerFileRoute, type FileRouteDeps } from '../../lib/file-route';
import { writtenLanguage } from '../../lib/pdf';
import { recordAccess } from '../access-log/access-log.service';
import { authorize } from '../auth/policy';
import { renderDecisionLetter, type DecisionLetter } from './decision-letter';
import { addressLines, appealTerms, coordinatingUnit, decisionDate, decisionTarget } from './decision.service';

/** Where the web app downloads a decision's letter. */
export const letterUrl = (decisionId: string): string => `/api/decisions/${decisionId}/letter.pdf`;

const localDate = (date: Date): string => date.toISOString().slice(0, 10);

/** Gathers the facts of a decision's letter (never the national id). */
export async function decisionLetterFacts(ctx: Context, decisionId: string): Promise<{ letter: DecisionLetter; personId: string; fileName: string }> {
  const viewer = viewerOf(ctx);
  const decision = await ctx.db.decision.findUnique({
    where: { id: decisionId },
    select: {
      personId: true,
      outcome: true,
      grantsCoordinator: true,
      grantsIndividualPlan: true,
      grantsChildCoordinator: true,
      longTermNeed: true,
      coordinatedServices: true,
      reasons: true,
      appealInformation: true,
      appealDeadline: true,
      decidedAt: true,
      decidedBy: { select: { name: true, title: true } },
      referral: { select: { journalNumber: true, requested: true } },
      person: { select: { firstName: true, lastName: true, dateOfBirth: true, expectedBirthDate: true, address: true, preferredLanguage: true } },
    },
  });
  if (!decision) throw notFound();
  const language = writtenLanguage(decision.person.preferredLanguage);
  const [municipality, unit, terms] = await Promise.all([
    ctx.db.municipality.findUniqueOrThrow({ where: { id: viewer.municipalityId }, select: { name: true } }),
    coordinatingUnit(ctx.db),
    appealTerms(ctx.db, ctx, language),
  ]);
  const keUnit = unit ?? { name: municipality.name, addressLines: [] };
  const { person } = decision;
  const { sendTo } = terms;
  const date = decisionDate(decision.decidedAt);
  const letter: DecisionLetter = {
    language,
    municipalityName: municipality.name,
    unit: keUnit,
    journalNumber: decision.referral.journalNumber ?? '',
    decisionDate: date,
    person: {
      name: `${person.firstName} ${person.lastName}`,
      dateOfBirth: person.dateOfBirth ? localDate(person.dateOfBirth) : null,
      expectedBirthDate: person.expectedBirthDate ? localDate(person.expectedBirthDate) : null,
      addressLines: addressLines(person.address),
    },
    requested: decision.referral.requested,
    outcome: decision.outcome,
    grants: {
      coordinator: decision.grantsCoordinator,
      individualPlan: decision.grantsIndividualPlan,
      childCoordinator: decision.grantsChildCoordinator,
    },
    criteria: { longTermNeed: decision.longTermNeed, coordinatedServices: decision.coordinatedServices },
    reasons: decision.reasons,
    appeal:
      decision.appealDeadline && decision.appealInformation
        ? { deadline: localDate(decision.appealDeadline), sendTo, text: decision.appealInformation }
        : null,
    decidedBy: { name: decision.decidedBy.name, title: decision.decidedBy.title ?? translate(language, 'role.SYSTEM_COORDINATOR') },
  };
  const reference = (decision.referral.journalNumber ?? date).replace(/[^\w-]+/g, '-');
  return { letter, personId: decision.personId, fileName: `vedtak-${reference}.pdf` };
}

export function registerDecisionLetterRoute(app: FastifyInstance, deps: FileRouteDeps): void {
  registerFileRoute<{ decisionId: string }>(app, '/api/decisions/:decisionId/letter.pdf', deps, async (ctx, request) => {
    const { decisionId } = request.params;
    // Sign-in and role first, so a caller without them learns nothing about the id.
    await authorize(ctx, 'decision.letter');
    requireWellFormedId('decisionId', decisionId);
    await authorize(ctx, 'decision.letter', () => decisionTarget(ctx, decisionId));
    const { letter, personId, fileName } = await decisionLetterFacts(ctx, decisionId);
    const body = await renderDecisionLetter(letter);
    await recordAccess(ctx, [personId], 'decision.letter');
    return { body, fileName, contentType: 'application/pdf' };
  });
}
