import type { Unmasked } from '@apollo/client';
import type { AssessmentSectionQuery as AssessmentData } from '../../../gql/graphql';
import { mockGraphQLError, mockResult, renderWithProviders, screen, waitFor } from '../../../test-utils/render';
import { AssessmentSection } from '../components/AssessmentSection';
import { AssessmentSectionQuery, SaveAssessmentMutation } from '../graphql/decision';

type Referral = NonNullable<Unmasked<AssessmentData>['referral']>;
type Assessment = NonNullable<Referral['assessment']>;

const REFERRAL_ID = '11111111-1111-4111-8111-111111111111';

const assessment: Assessment = {
  __typename: 'Assessment',
  id: 'a-1',
  longTermNeed: true,
  longTermNeedNote: 'Varig behov.',
  coordinatedServices: null,
  coordinatedServicesNote: null,
  proposal: null,
  updatedAt: '2026-11-20T10:00:00.000Z',
  version: 1,
  assessedBy: { __typename: 'StaffRef', id: 'u-1', name: 'Kari Nordmann-Berg' },
};

const referral = (overrides: Partial<Referral> = {}): Referral => ({
  __typename: 'Referral',
  id: REFERRAL_ID,
  status: 'IN_ASSESSMENT',
  assessment: null,
  ...overrides,
});

const query = (value: Referral) => mockResult(AssessmentSectionQuery, { id: REFERRAL_ID }, { __typename: 'Query', referral: value });

const EMPTY_INPUT = { longTermNeed: null, longTermNeedNote: null, coordinatedServices: null, coordinatedServicesNote: null, proposal: null };

describe('AssessmentSection', () => {
  it('saves the criteria, notes and proposal as a new assessment and says so', async () => {
    const save = jest.fn(() => ({ data: { saveAssessment: { __typename: 'Assessment' as const, id: 'a-1', version: 1 } } }));
    const { user } = renderWithProviders(<AssessmentSection referralId={REFERRAL_ID} />, {
      mocks: [
        query(referral()),
        {
          request: {
            query: SaveAssessmentMutation,
            variables: {
              referralId: REFERRAL_ID,
              expectedVersion: null,
              input: { ...EMPTY_INPUT, longTermNeed: true, longTermNeedNote: 'Varig behov.', coordinatedServices: false, proposal: 'DENIAL' },
            },
          },
          result: save,
        },
        query(referral({ assessment: { ...assessment, coordinatedServices: false, proposal: 'DENIAL' } })),
      ],
    });
    const longTerm = await screen.findByRole('group', { name: 'Har personen behov for langvarige tjenester?' });
    await user.click(screen.getAllByRole('radio', { name: 'Ja' })[0]!);
    expect(longTerm).toBeInTheDocument();
    await user.type(screen.getByLabelText('Notat om langvarig behov (valgfritt)'), 'Varig behov.');
    await user.click(screen.getAllByRole('radio', { name: 'Nei' })[1]!);
    await user.selectOptions(screen.getByLabelText('Forslag til vedtak'), 'DENIAL');
    await user.click(screen.getByRole('button', { name: 'Lagre vurderingen' }));
    expect(await screen.findByText('Vurderingen er lagret.')).toBeInTheDocument();
    expect(save).toHaveBeenCalledTimes(1);
    expect(await screen.findByText(/Sist lagret av Kari Nordmann-Berg/)).toBeInTheDocument();
  });

  it('checks the length of a note before sending', async () => {
    const { user } = renderWithProviders(<AssessmentSection referralId={REFERRAL_ID} />, { mocks: [query(referral())] });
    const note = await screen.findByLabelText('Notat om koordinerte tjenester (valgfritt)');
    await user.click(note);
    await user.paste('x'.repeat(4001));
    await user.click(screen.getByRole('button', { name: 'Lagre vurderingen' }));
    expect(await screen.findByText('Teksten kan ha høyst 4000 tegn.')).toBeInTheDocument();
    expect(note).toHaveAttribute('aria-invalid', 'true');
  });

  it("sends the assessment's version and shows CONFLICT's message when someone saved first", async () => {
    const { user } = renderWithProviders(<AssessmentSection referralId={REFERRAL_ID} />, {
      mocks: [
        query(referral({ assessment })),
        mockGraphQLError(
          SaveAssessmentMutation,
          { referralId: REFERRAL_ID, expectedVersion: 1, input: { ...EMPTY_INPUT, longTermNeed: true, longTermNeedNote: 'Varig behov.', proposal: 'BOTH' } },
          { code: 'CONFLICT', message: 'Noen andre har endret dette mens du arbeidet. Last inn på nytt og gjør endringen igjen.' },
        ),
        query(referral({ assessment: { ...assessment, longTermNeedNote: 'Endret av en annen.', version: 2 } })),
      ],
    });
    expect(await screen.findByLabelText('Notat om langvarig behov (valgfritt)')).toHaveValue('Varig behov.');
    await user.selectOptions(screen.getByLabelText('Forslag til vedtak'), 'BOTH');
    await user.click(screen.getByRole('button', { name: 'Lagre vurderingen' }));
    expect(await screen.findByText('Noen andre har endret dette mens du arbeidet. Last inn på nytt og gjør endringen igjen.')).toBeInTheDocument();
    expect(screen.queryByText('Vurderingen er lagret.')).not.toBeInTheDocument();
    // Loading again starts the form from the other save.
    await user.click(screen.getByRole('button', { name: 'Last inn på nytt' }));
    await waitFor(() => expect(screen.getByLabelText('Notat om langvarig behov (valgfritt)')).toHaveValue('Endret av en annen.'));
    expect(screen.queryByText(/Noen andre har endret dette/)).not.toBeInTheDocument();
  });

  it("shows the server's field messages at their fields", async () => {
    const { user } = renderWithProviders(<AssessmentSection referralId={REFERRAL_ID} />, {
      mocks: [
        query(referral()),
        mockGraphQLError(
          SaveAssessmentMutation,
          { referralId: REFERRAL_ID, expectedVersion: null, input: { ...EMPTY_INPUT, longTermNeedNote: 'Kort.' } },
          {
            code: 'BAD_USER_INPUT',
            message: 'Noe av det du fylte inn, er ikke gyldig.',
            fields: [{ field: 'input.longTermNeedNote', message: 'Teksten er ikke gyldig.' }],
          },
        ),
      ],
    });
    await user.type(await screen.findByLabelText('Notat om langvarig behov (valgfritt)'), 'Kort.');
    await user.click(screen.getByRole('button', { name: 'Lagre vurderingen' }));
    expect(await screen.findByText('Teksten er ikke gyldig.')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByLabelText('Notat om langvarig behov (valgfritt)')).toHaveAttribute('aria-invalid', 'true'));
  });

  it('shows a decided case’s assessment without a form', async () => {
    renderWithProviders(<AssessmentSection referralId={REFERRAL_ID} />, {
      mocks: [query(referral({ status: 'DECIDED', assessment: { ...assessment, proposal: 'BOTH' } }))],
    });
    expect(await screen.findByText('Saken er ikke lenger under vurdering; vurderingen kan ikke endres.')).toBeInTheDocument();
    expect(screen.getByText('Koordinator og individuell plan')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Lagre vurderingen' })).not.toBeInTheDocument();
  });
});
