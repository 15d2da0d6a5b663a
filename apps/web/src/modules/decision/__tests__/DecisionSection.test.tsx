import type { Unmasked } from '@apollo/client';
import { osloToday } from '@samhandling/shared';
import type { DecisionSectionQuery as DecisionData } from '../../../gql/graphql';
import { mockGraphQLError, mockResult, renderWithProviders, screen, waitFor, within } from '../../../test-utils/render';
import { DecisionSection } from '../components/DecisionSection';
import {
  DecisionSectionQuery,
  MakeDecisionMutation,
  RecordAppealOutcomeMutation,
  RecordLetterSentMutation,
  RegisterAppealMutation,
} from '../graphql/decision';

type Referral = NonNullable<Unmasked<DecisionData>['referral']>;
type Decision = NonNullable<Referral['decision']>;
type Appeal = Decision['appeals'][number];

const REFERRAL_ID = '22222222-2222-4222-8222-222222222222';
const DECISION_ID = '33333333-3333-4333-8333-333333333333';
const today = osloToday();

const undecided = (overrides: Partial<Referral> = {}): Referral => ({
  __typename: 'Referral',
  id: REFERRAL_ID,
  status: 'IN_ASSESSMENT',
  requested: 'BOTH',
  person: { __typename: 'Person', id: 'p-1', isChild: false },
  assessment: { __typename: 'Assessment', id: 'a-1', longTermNeed: true, coordinatedServices: true, proposal: 'BOTH' },
  appealPreview: { __typename: 'AppealPreview', text: 'Klagen må være skriftlig.', deadline: '2026-12-23', sendTo: 'Koordinerende enhet' },
  decision: null,
  decisions: [],
  ...overrides,
});

const appeal = (overrides: Partial<Appeal> = {}): Appeal => ({
  __typename: 'Appeal',
  id: 'ap-1',
  receivedAt: '2026-11-25',
  appellant: 'Berit Aune (datter)',
  grounds: 'Uenig i vedtaket.',
  late: false,
  outcome: null,
  outcomeDate: null,
  outcomeNote: null,
  version: 1,
  ...overrides,
});

const decision = (overrides: Partial<Decision> = {}): Decision => ({
  __typename: 'Decision',
  id: DECISION_ID,
  outcome: 'GRANTED',
  grantsCoordinator: true,
  grantsIndividualPlan: true,
  grantsChildCoordinator: false,
  longTermNeed: true,
  coordinatedServices: true,
  reasons: null,
  appealDeadline: '2026-12-23',
  decidedAt: '2026-12-02T10:00:00.000Z',
  decidedBy: { __typename: 'StaffRef', id: 'u-1', name: 'Kari Nordmann-Berg', title: 'Systemkoordinator' },
  letterUrl: `/api/decisions/${DECISION_ID}/letter.pdf`,
  letterSentAt: null,
  letterSentVia: null,
  letterSentBy: null,
  version: 1,
  appeals: [],
  ...overrides,
});

const decided = (value: Decision): Referral =>
  undecided({ status: 'DECIDED', decision: value, decisions: [{ __typename: 'Decision', id: value.id, outcome: value.outcome, decidedAt: value.decidedAt, inForce: true }] });

const query = (value: Referral) => mockResult(DecisionSectionQuery, { id: REFERRAL_ID }, { __typename: 'Query', referral: value });

describe('DecisionSection: making the decision', () => {
  it('starts from the assessment, shows the appeal information, and asks for confirmation before deciding', async () => {
    const make = jest.fn(() => ({ data: { makeDecision: { __typename: 'Decision' as const, id: DECISION_ID } } }));
    const { user } = renderWithProviders(<DecisionSection referralId={REFERRAL_ID} />, {
      mocks: [
        query(undecided()),
        {
          request: {
            query: MakeDecisionMutation,
            variables: {
              referralId: REFERRAL_ID,
              input: {
                outcome: 'GRANTED',
                grantsCoordinator: true,
                grantsIndividualPlan: true,
                grantsChildCoordinator: false,
                longTermNeed: true,
                coordinatedServices: true,
                reasons: null,
              },
            },
          },
          result: make,
        },
        query(decided(decision())),
      ],
    });
    expect(await screen.findByRole('radio', { name: 'Innvilget' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Koordinator' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Individuell plan' })).toBeChecked();
    // An adult: no child coordinator to choose.
    expect(screen.queryByRole('checkbox', { name: 'Barnekoordinator' })).not.toBeInTheDocument();
    expect(screen.getByText('Klagefrist 23. des. 2026. Klagen sendes til Koordinerende enhet.')).toBeInTheDocument();
    expect(screen.getByText('Klagen må være skriftlig.')).toBeInTheDocument();

    // Cancelling the confirmation sends nothing.
    await user.click(screen.getByRole('button', { name: 'Fatt vedtak …' }));
    let dialog = await screen.findByRole('dialog', { name: 'Vil du fatte vedtaket?' });
    expect(dialog).toHaveTextContent('Innvilget: Koordinator, Individuell plan');
    expect(dialog).toHaveTextContent('Et vedtak kan ikke endres etterpå.');
    await user.click(within(dialog).getByRole('button', { name: 'Avbryt' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(make).not.toHaveBeenCalled();

    await user.click(screen.getByRole('button', { name: 'Fatt vedtak …' }));
    dialog = await screen.findByRole('dialog', { name: 'Vil du fatte vedtaket?' });
    await user.click(within(dialog).getByRole('button', { name: 'Ja, fatt vedtaket' }));
    expect(await screen.findByRole('link', { name: 'Last ned vedtaksbrev (PDF)' })).toHaveAttribute('href', `/api/decisions/${DECISION_ID}/letter.pdf`);
    expect(make).toHaveBeenCalledTimes(1);
    expect(screen.getByText('Kari Nordmann-Berg, Systemkoordinator')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Fatt vedtak …' })).not.toBeInTheDocument();
  });

  it('requires reasons for a denial and for a partial grant', async () => {
    const { user } = renderWithProviders(<DecisionSection referralId={REFERRAL_ID} />, { mocks: [query(undecided())] });
    await user.click(await screen.findByRole('checkbox', { name: 'Individuell plan' }));
    await user.click(screen.getByRole('button', { name: 'Fatt vedtak …' }));
    expect(await screen.findByText('Skriv en begrunnelse: avslag, også på en del av det som er søkt om, må begrunnes.')).toBeInTheDocument();
    expect(screen.getByLabelText('Begrunnelse')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();

    await user.click(screen.getByRole('radio', { name: 'Avslag' }));
    expect(screen.queryByRole('checkbox', { name: 'Koordinator' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Fatt vedtak …' }));
    expect(await screen.findByText('Skriv en begrunnelse: avslag, også på en del av det som er søkt om, må begrunnes.')).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('requires something granted, and both criteria', async () => {
    const { user } = renderWithProviders(<DecisionSection referralId={REFERRAL_ID} />, {
      mocks: [query(undecided({ assessment: null }))],
    });
    await user.click(await screen.findByRole('radio', { name: 'Innvilget' }));
    await user.click(screen.getByRole('button', { name: 'Fatt vedtak …' }));
    expect(await screen.findAllByText('Ta stilling til kriteriet: ja eller nei.')).toHaveLength(2);
    await user.click(screen.getAllByRole('radio', { name: 'Oppfylt' })[0]!);
    await user.click(screen.getAllByRole('radio', { name: 'Oppfylt' })[1]!);
    await user.click(screen.getByRole('button', { name: 'Fatt vedtak …' }));
    expect(await screen.findByText('Velg hva som innvilges.')).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it("shows the server's field message at its field, and its refusal", async () => {
    const { user } = renderWithProviders(<DecisionSection referralId={REFERRAL_ID} />, {
      mocks: [
        query(undecided({ requested: 'COORDINATOR', person: { __typename: 'Person', id: 'p-1', isChild: true }, assessment: { __typename: 'Assessment', id: 'a-1', longTermNeed: true, coordinatedServices: true, proposal: 'CHILD_COORDINATOR' } })),
        mockGraphQLError(
          MakeDecisionMutation,
          {
            referralId: REFERRAL_ID,
            input: { outcome: 'GRANTED', grantsCoordinator: false, grantsIndividualPlan: false, grantsChildCoordinator: true, longTermNeed: true, coordinatedServices: true, reasons: null },
          },
          {
            code: 'BAD_USER_INPUT',
            message: 'Noe av det du fylte inn, er ikke gyldig.',
            fields: [{ field: 'grantsChildCoordinator', message: 'Barnekoordinator kan bare innvilges for barn under 18 år eller barn som ikke er født ennå.' }],
          },
        ),
      ],
    });
    expect(await screen.findByRole('checkbox', { name: 'Barnekoordinator' })).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Fatt vedtak …' }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Ja, fatt vedtaket' }));
    expect(await screen.findByText('Barnekoordinator kan bare innvilges for barn under 18 år eller barn som ikke er født ennå.')).toBeInTheDocument();
    expect(screen.getByText('Noe av det du fylte inn, er ikke gyldig.')).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });

  it('a withdrawn case gets no form', async () => {
    renderWithProviders(<DecisionSection referralId={REFERRAL_ID} />, { mocks: [query(undecided({ status: 'WITHDRAWN' }))] });
    expect(await screen.findByText('Saken er trukket eller avsluttet; det fattes ikke vedtak.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Fatt vedtak …' })).not.toBeInTheDocument();
  });
});

describe('DecisionSection: a decision made', () => {
  it('records when and how the letter was sent, with the version', async () => {
    const record = jest.fn(() => ({ data: { recordLetterSent: { __typename: 'Decision' as const, id: DECISION_ID, version: 2 } } }));
    const sent = decision({ letterSentAt: `${today}T00:00:00.000Z`, letterSentVia: 'DIGITAL_MAILBOX', letterSentBy: { __typename: 'StaffRef', id: 'u-1', name: 'Kari Nordmann-Berg' }, version: 2 });
    const { user } = renderWithProviders(<DecisionSection referralId={REFERRAL_ID} />, {
      mocks: [
        query(decided(decision())),
        { request: { query: RecordLetterSentMutation, variables: { decisionId: DECISION_ID, sentAt: today, via: 'DIGITAL_MAILBOX', expectedVersion: 1 } }, result: record },
        query(decided(sent)),
      ],
    });
    expect(await screen.findByText('Brevet er ikke registrert som sendt.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Registrer som sendt' }));
    expect(await screen.findByText('Velg ett av valgene.')).toBeInTheDocument();
    expect(record).not.toHaveBeenCalled();
    await user.selectOptions(screen.getByLabelText('Sendt som'), 'DIGITAL_MAILBOX');
    await user.click(screen.getByRole('button', { name: 'Registrer som sendt' }));
    expect(await screen.findByText('Forsendelsen er registrert.')).toBeInTheDocument();
    expect(await screen.findByText(/Sendt .* \(Digital postkasse\), registrert av Kari Nordmann-Berg/)).toBeInTheDocument();
    expect(record).toHaveBeenCalledTimes(1);
  });

  it('shows CONFLICT when the letter was recorded by someone else first', async () => {
    const { user } = renderWithProviders(<DecisionSection referralId={REFERRAL_ID} />, {
      mocks: [
        query(decided(decision())),
        mockGraphQLError(
          RecordLetterSentMutation,
          { decisionId: DECISION_ID, sentAt: today, via: 'POST', expectedVersion: 1 },
          { code: 'CONFLICT', message: 'Noen andre har endret dette mens du arbeidet. Last inn på nytt og gjør endringen igjen.' },
        ),
      ],
    });
    await user.selectOptions(await screen.findByLabelText('Sendt som'), 'POST');
    await user.click(screen.getByRole('button', { name: 'Registrer som sendt' }));
    expect(await screen.findByText('Noen andre har endret dette mens du arbeidet. Last inn på nytt og gjør endringen igjen.')).toBeInTheDocument();
  });

  it('registers an appeal, and records its outcome', async () => {
    const registerResult = jest.fn(() => ({ data: { registerAppeal: { __typename: 'Appeal' as const, id: 'ap-1' } } }));
    const outcomeResult = jest.fn(() => ({ data: { recordAppealOutcome: { __typename: 'Appeal' as const, id: 'ap-1', version: 2 } } }));
    const withAppeal = decision({ appeals: [appeal({ late: true })] });
    const { user } = renderWithProviders(<DecisionSection referralId={REFERRAL_ID} />, {
      mocks: [
        query(decided(decision())),
        {
          request: { query: RegisterAppealMutation, variables: { decisionId: DECISION_ID, input: { receivedAt: today, appellant: 'Berit Aune (datter)', grounds: null } } },
          result: registerResult,
        },
        query(decided(withAppeal)),
        {
          request: {
            query: RecordAppealOutcomeMutation,
            variables: { appealId: 'ap-1', outcome: 'SENT_TO_STATSFORVALTEREN', outcomeDate: today, note: null, expectedVersion: 1 },
          },
          result: outcomeResult,
        },
        query(decided(decision({ appeals: [appeal({ late: true, outcome: 'SENT_TO_STATSFORVALTEREN', outcomeDate: today, version: 2 })] }))),
      ],
    });
    expect(await screen.findByText('Ingen klager er registrert.')).toBeInTheDocument();
    await user.click(screen.getByText('Registrer klage', { selector: 'summary, summary *' }));
    await user.click(screen.getByRole('button', { name: 'Registrer klage' }));
    expect(await screen.findByText('Fyll inn hvem som klager.')).toBeInTheDocument();
    expect(registerResult).not.toHaveBeenCalled();
    await user.type(screen.getByLabelText('Hvem klager'), 'Berit Aune (datter)');
    await user.click(screen.getByRole('button', { name: 'Registrer klage' }));
    expect(await screen.findByText('Klagen er registrert.')).toBeInTheDocument();
    expect(await screen.findByText('Kom etter klagefristen')).toBeInTheDocument();
    expect(screen.getByText('Ikke avgjort')).toBeInTheDocument();

    await user.click(screen.getByText('Utfall av klagen fra Berit Aune (datter)', { selector: 'summary, summary *' }));
    await user.selectOptions(screen.getByLabelText('Utfall'), 'SENT_TO_STATSFORVALTEREN');
    await user.click(screen.getByRole('button', { name: 'Registrer utfall' }));
    expect(await screen.findByText(/^Sendt til Statsforvalteren, /)).toBeInTheDocument();
    expect(outcomeResult).toHaveBeenCalledTimes(1);
  });

  it('after a reversed appeal offers a new decision', async () => {
    renderWithProviders(<DecisionSection referralId={REFERRAL_ID} />, {
      mocks: [query(decided(decision({ outcome: 'DENIED', grantsCoordinator: false, grantsIndividualPlan: false, reasons: 'Ikke langvarig.', appeals: [appeal({ outcome: 'REVERSED', outcomeDate: today })] })))],
    });
    expect(await screen.findByText('En klage på vedtaket er tatt til følge. Fatt et nytt vedtak; det erstatter dette.')).toBeInTheDocument();
    expect(screen.getByText('Ikke langvarig.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Fatt vedtak …' })).toBeInTheDocument();
  });
});
