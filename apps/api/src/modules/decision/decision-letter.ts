// The decision letter ("Vedtak om individuell plan og koordinator" / "Avgjerd om IP/koordinator"):
// the individual decision as the person receives it, a PDF in bokmål or nynorsk. Pure: the caller
// gathers the facts; nothing here reads the database. Every fixed text is in the i18n catalogues.
import { formatLongDate, translateServer, type ApiMessageKey, type MessageKey, type MessageParams } from '@samhandling/shared';

import { AppError } from '../../graphql/errors';
import { BODY_SIZE, PdfWriter, type WrittenLanguage } from '../../lib/pdf';
import type { DecisionOutcome, RequestedService } from '../../generated/prisma/enums';

export interface DecisionLetter {
  /** The person's written language. */
  language: WrittenLanguage;
  municipalityName: string;
  /** The coordinating unit (KE) that decided: its name and postal address, one line each. */
  unit: { name: string; addressLines: string[] };
  /** KE's journal number of the case, e.g. 2026/1234. */
  journalNumber: string;
  /** The date of the decision, a LocalDate (YYYY-MM-DD). */
  decisionDate: string;
  /** The person the decision is about. Deliberately no national id: a letter never shows it. */
  person: {
    name: string;
    dateOfBirth: string | null;
    /** For an unborn child (a child coordinator may be appointed before birth). */
    expectedBirthDate?: string | null;
    addressLines?: string[];
  };
  /** What the referral asked for; a grant that gives less is partly a refusal. */
  requested: RequestedService;
  outcome: DecisionOutcome;
  grants: { coordinator: boolean; individualPlan: boolean; childCoordinator: boolean };
  criteria: { longTermNeed: boolean; coordinatedServices: boolean };
  /** Required when anything asked for is refused. */
  reasons?: string | null;
  /** Required when anything asked for is refused; the text is the municipality's setting. */
  appeal?: { deadline: string; sendTo: string; text: string } | null;
  decidedBy: { name: string; title: string };
}

type LetterProblem = 'reasons' | 'appeal' | 'outcome';

const PROBLEM_KEYS: Record<LetterProblem, MessageKey> = {
  reasons: 'validation.reasonsRequired',
  appeal: 'validation.appealRequired',
  outcome: 'validation.outcomeInconsistent',
};

/** A letter that would not be a lawful decision: a refusal without reasons or appeal information. */
export class DecisionLetterError extends AppError {
  constructor(readonly problem: LetterProblem) {
    super('BAD_USER_INPUT', 'error.BAD_USER_INPUT', undefined, [{ field: problem, messageKey: PROBLEM_KEYS[problem] }]);
    this.name = 'DecisionLetterError';
  }
}

export type Item = 'coordinator' | 'individualPlan' | 'childCoordinator';

const ITEM_KEYS: Record<Item, ApiMessageKey> = {
  coordinator: 'letter.item.coordinator',
  individualPlan: 'letter.item.individualPlan',
  childCoordinator: 'letter.item.childCoordinator',
};

/** What was asked for and not given. A child coordinator answers a request for a coordinator. */
export function refusedItems(letter: Pick<DecisionLetter, 'grants' | 'requested'>): Item[] {
  const { grants, requested } = letter;
  const refused: Item[] = [];
  if (requested !== 'INDIVIDUAL_PLAN' && !grants.coordinator && !grants.childCoordinator) refused.push('coordinator');
  if (requested !== 'COORDINATOR' && !grants.individualPlan) refused.push('individualPlan');
  return refused;
}

const blank = (text: string | null | undefined): boolean => !text || text.trim().length === 0;

function check(letter: DecisionLetter): { refused: Item[] } {
  const { grants } = letter;
  const grantsAny = grants.coordinator || grants.individualPlan || grants.childCoordinator;
  if ((letter.outcome === 'GRANTED') !== grantsAny) throw new DecisionLetterError('outcome');
  const refused = letter.outcome === 'DENIED' ? [] : refusedItems(letter);
  if (letter.outcome === 'DENIED' || refused.length > 0) {
    if (blank(letter.reasons)) throw new DecisionLetterError('reasons');
    const { appeal } = letter;
    if (!appeal || blank(appeal.deadline) || blank(appeal.sendTo) || blank(appeal.text)) throw new DecisionLetterError('appeal');
  }
  return { refused };
}

/** Renders the decision letter as a PDF (A4, PDF/A-2b). Throws DecisionLetterError for an unlawful letter. */
export async function renderDecisionLetter(letter: DecisionLetter): Promise<Buffer> {
  const { refused } = check(letter);
  const lang = letter.language;
  const t = (key: ApiMessageKey, params?: MessageParams) => translateServer(lang, key, params);
  const date = (value: string) => formatLongDate(lang, value);

  const pdf = new PdfWriter({
    language: lang,
    title: t('letter.title'),
    subject: t('letter.documentSubject', { name: letter.person.name }),
    author: `${letter.unit.name}, ${letter.municipalityName}`,
  });
  const { doc, width } = pdf;
  const paragraph = (text: string, gap = 6) => pdf.text(text, { gap });
  const heading = (key: ApiMessageKey) => pdf.heading(t(key));
  const list = (items: string[]) => pdf.list(items);

  // Letterhead: the municipality and its unit on the left, reference and date on the right.
  const top = doc.y;
  doc.font('bold').fontSize(16).text(letter.municipalityName, { width: width * 0.6 });
  doc.font('regular').fontSize(BODY_SIZE).text(letter.unit.name, { width: width * 0.6 });
  for (const line of letter.unit.addressLines) doc.text(line, { width: width * 0.6 });
  const afterHead = doc.y;
  doc.fontSize(BODY_SIZE).text(t('letter.ourReference', { reference: letter.journalNumber }), pdf.left + width * 0.6, top, { width: width * 0.4, align: 'right' });
  doc.text(t('letter.date', { date: date(letter.decisionDate) }), { width: width * 0.4, align: 'right' });
  doc.x = pdf.left;
  doc.y = Math.max(afterHead, doc.y) + 24;

  // The recipient.
  doc.font('regular').fontSize(BODY_SIZE).text(letter.person.name, { width });
  for (const line of letter.person.addressLines ?? []) doc.text(line, { width });
  doc.moveDown(1.5);

  doc.font('bold').fontSize(14).text(t('letter.title'), { width, paragraphGap: 4 });
  const { person } = letter;
  const concerns = person.dateOfBirth
    ? t('letter.concerns', { name: person.name, date: date(person.dateOfBirth) })
    : person.expectedBirthDate
      ? t('letter.concernsUnborn', { name: person.name, date: date(person.expectedBirthDate) })
      : t('letter.concernsNoDate', { name: person.name });
  doc.font('bold').fontSize(BODY_SIZE).text(concerns, { width, paragraphGap: 10 });
  paragraph(t('letter.intro', { unit: letter.unit.name, municipality: letter.municipalityName }));

  heading('letter.heading.decision');
  if (letter.outcome === 'DENIED') {
    paragraph(t('letter.denied', { name: person.name, requested: letter.requested }));
  } else {
    paragraph(t('letter.granted', { name: person.name }), 2);
    const granted = (Object.keys(ITEM_KEYS) as Item[]).filter((item) => letter.grants[item]);
    list(granted.map((item) => t(ITEM_KEYS[item])));
    if (refused.length > 0) {
      paragraph(t('letter.notGranted'), 2);
      list(refused.map((item) => t(ITEM_KEYS[item])));
    }
  }

  heading('letter.heading.assessment');
  paragraph(t('letter.assessment.intro'));
  list([
    t('letter.criterion.longTermNeed', { met: letter.criteria.longTermNeed ? 'yes' : 'no' }),
    t('letter.criterion.coordinatedServices', { met: letter.criteria.coordinatedServices ? 'yes' : 'no' }),
  ]);

  const reasons = letter.reasons?.trim();
  if (reasons) {
    heading('letter.heading.reasons');
    paragraph(reasons);
  }

  if (letter.grants.coordinator || letter.grants.childCoordinator || letter.grants.individualPlan) {
    heading('letter.heading.next');
    if (letter.grants.coordinator || letter.grants.childCoordinator) paragraph(t('letter.next.coordinator'));
    if (letter.grants.individualPlan) paragraph(t('letter.next.plan'));
  }

  heading('letter.heading.legalBasis');
  paragraph(t('letter.legalBasis', { child: letter.grants.childCoordinator ? 'yes' : 'no' }));

  // Every individual decision tells how to appeal; a refusal cannot be made without it (check()).
  if (letter.appeal) {
    heading('letter.heading.appeal');
    paragraph(t('letter.appeal.deadline', { date: date(letter.appeal.deadline), sendTo: letter.appeal.sendTo.trim() }));
    if (!blank(letter.appeal.text)) paragraph(letter.appeal.text.trim());
    paragraph(t('letter.appeal.law'));
    paragraph(t('letter.appeal.documents'));
  }

  // The closing and the signature stay together on one page.
  doc.moveDown(1);
  pdf.keepSpace(7 * pdf.lineHeight());
  paragraph(t('letter.closing'), 12);
  doc.font('regular').fontSize(BODY_SIZE).text(letter.decidedBy.name, { width });
  doc.text(letter.decidedBy.title, { width });
  doc.text(letter.unit.name, { width, paragraphGap: 10 });
  doc.fontSize(9).text(t('letter.approvedElectronically'), { width });

  return pdf.finish({ footer: (page, pages) => t('pdf.page', { page, pages }) });
}
