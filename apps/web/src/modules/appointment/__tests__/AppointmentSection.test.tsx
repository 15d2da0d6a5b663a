import { osloToday } from '@samhandling/shared';
import type { Role } from '../../../gql/graphql';
import { mockGraphQLError, mockResult, renderWithProviders, screen, waitFor, within, type RenderOptions } from '../../../test-utils/render';
import { MeContext } from '../../session/MeContext';
import { AppointmentSection } from '../components/AppointmentSection';
import {
  AppointCoordinatorMutation,
  DelegateAppointmentMutation,
  PlanStartupMeetingMutation,
  RegisterDeclineMutation,
} from '../graphql/appointment';
import { RegisterChangeFormMutation } from '../../change-form/graphql/change-form';
import {
  appointedIngrid,
  candidatesMock,
  ingrid,
  lars,
  REFERRAL_ID,
  sectionMock,
  sectionReferral,
  UNITS,
  type SectionReferral,
} from './appointment.fixtures';

type Mocks = NonNullable<RenderOptions['mocks']>;

function renderSection(role: Role, mocks: Mocks) {
  return renderWithProviders(
    <MeContext.Provider value={{ id: 'u-me', name: 'Ingrid Solberg', activeRole: role, roles: [role] }}>
      <AppointmentSection referralId={REFERRAL_ID} />
    </MeContext.Provider>,
    { mocks },
  );
}

const appointMock = (input: Record<string, unknown>) =>
  mockResult(
    AppointCoordinatorMutation,
    { referralId: REFERRAL_ID, input: { isChildCoordinator: false, startDate: osloToday(), wishDeviationReason: null, ...input } as never },
    { __typename: 'Mutation', appointCoordinator: { __typename: 'CoordinatorAssignment', id: 'a-new' } },
  );

async function openAppoint(role: Role, referral: SectionReferral, extra: Mocks = []) {
  const rendered = renderSection(role, [sectionMock(referral), candidatesMock(referral.person.isChild ? [ingrid] : [ingrid, lars]), ...extra]);
  await rendered.user.click(await screen.findByRole('button', { name: 'Oppnevn koordinator' }));
  const form = await screen.findByRole('form', { name: 'Oppnevn koordinator' });
  await within(form).findByRole('radio', { name: 'Ingrid Solberg' });
  return { ...rendered, form };
}

describe('AppointmentSection', () => {
  it('shows the wish and, for KE, the actions; the wished coordinator appoints without a reason', async () => {
    const after = sectionReferral({ assignments: [appointedIngrid()] });
    const { user, form } = await openAppoint('SYSTEM_COORDINATOR', sectionReferral(), [
      appointMock({ coordinatorId: 'u-ingrid', unitId: 'unit-home' }),
      sectionMock(after),
    ]);
    expect(screen.getByText('Ingrid Solberg', { selector: 'dd' })).toBeInTheDocument();
    for (const action of ['Overlat til virksomhetsleder', 'Registrer at personen takker nei', 'Planlegg oppstartsmøte']) {
      expect(screen.getByRole('button', { name: action })).toBeInTheDocument();
    }
    // The wished coordinator's unit is chosen at once; an adult gets no child coordinator box.
    expect(within(form).getByLabelText('Virksomhet')).toHaveValue('unit-home');
    expect(within(form).queryByLabelText('Barnekoordinator (barn under 18 år)')).not.toBeInTheDocument();
    expect(form).toHaveTextContent('7 personer nå');
    expect(form).toHaveTextContent('Har koordinatoropplæring');

    await user.click(within(form).getByRole('button', { name: 'Oppnevn' }));
    expect(await within(form).findByText('Velg en koordinator.')).toBeInTheDocument();
    await user.click(within(form).getByRole('radio', { name: 'Ingrid Solberg' }));
    expect(within(form).queryByLabelText('Hvorfor følges ikke ønsket?')).not.toBeInTheDocument();
    await user.click(within(form).getByRole('button', { name: 'Oppnevn' }));

    expect(await screen.findByText('Lagret.')).toBeInTheDocument();
    const card = await screen.findByRole('heading', { level: 4, name: 'Ingrid Solberg' });
    expect(card.closest('li')).toHaveTextContent('Ønsket er fulgt');
    expect(card.closest('li')).toHaveTextContent('Oppnevnt av Kari Nordmann-Berg');
    // A coordinator in force: nothing more to appoint.
    expect(screen.queryByRole('button', { name: 'Oppnevn koordinator' })).not.toBeInTheDocument();
  });

  it('requires a reason when someone other than the wished coordinator is chosen', async () => {
    const reason = 'Ingrid har ikke kapasitet nå.';
    const after = sectionReferral({
      assignments: [appointedIngrid({ wishFollowed: false, wishDeviationReason: reason, coordinator: { ...appointedIngrid().coordinator, name: 'Lars Brekke' } })],
    });
    const { user, form } = await openAppoint('SYSTEM_COORDINATOR', sectionReferral(), [
      appointMock({ coordinatorId: 'u-lars', unitId: 'unit-mental', wishDeviationReason: reason }),
      sectionMock(after),
    ]);
    await user.selectOptions(within(form).getByLabelText('Virksomhet'), 'unit-mental');
    await user.click(await within(form).findByRole('radio', { name: 'Lars Brekke' }));
    const reasonField = within(form).getByLabelText('Hvorfor følges ikke ønsket?');
    expect(form).toHaveTextContent('Personen ønsket Ingrid Solberg.');
    await user.click(within(form).getByRole('button', { name: 'Oppnevn' }));
    expect(await within(form).findByText('Personen ønsket en annen koordinator. Skriv hvorfor ønsket ikke blir fulgt.')).toBeInTheDocument();
    expect(reasonField).toHaveAttribute('aria-invalid', 'true');

    await user.type(reasonField, reason);
    await user.click(within(form).getByRole('button', { name: 'Oppnevn' }));
    const card = await screen.findByRole('heading', { level: 4, name: 'Lars Brekke' });
    expect(card.closest('li')).toHaveTextContent(`Ønsket er ikke fulgt: ${reason}`);
  });

  it('offers the child coordinator box for a child, ticked when the decision grants a child coordinator', async () => {
    const child = sectionReferral({
      wishedCoordinator: null,
      person: { __typename: 'Person', id: 'p-mathilde', firstName: 'Mathilde', isChild: true },
      appointmentGrants: { __typename: 'AppointmentGrants', decisionId: 'd-2', grantsCoordinator: false, grantsChildCoordinator: true, grantsIndividualPlan: true },
    });
    const { form } = await openAppoint('SYSTEM_COORDINATOR', child);
    expect(within(form).getByLabelText('Barnekoordinator (barn under 18 år)')).toBeChecked();
  });

  it('shows the server’s field message at the field, and other refusals above the buttons', async () => {
    const refused = mockGraphQLError(
      AppointCoordinatorMutation,
      { referralId: REFERRAL_ID, input: { coordinatorId: 'u-ingrid', unitId: 'unit-home', isChildCoordinator: false, startDate: osloToday(), wishDeviationReason: null } },
      {
        code: 'BAD_USER_INPUT',
        message: 'Noe av det du fylte inn, er ikke gyldig.',
        fields: [{ field: 'coordinatorId', message: 'Velg en kommunalt ansatt med koordinatorrollen i virksomheten.' }],
      },
    );
    const conflict = mockGraphQLError(
      AppointCoordinatorMutation,
      { referralId: REFERRAL_ID, input: { coordinatorId: 'u-ingrid', unitId: 'unit-home', isChildCoordinator: false, startDate: osloToday(), wishDeviationReason: null } },
      { code: 'CONFLICT', message: 'Personen har allerede fått koordinator etter dette vedtaket.' },
    );
    const { user, form } = await openAppoint('SYSTEM_COORDINATOR', sectionReferral(), [refused, conflict]);
    await user.click(within(form).getByRole('radio', { name: 'Ingrid Solberg' }));
    await user.click(within(form).getByRole('button', { name: 'Oppnevn' }));
    expect(await within(form).findByText('Velg en kommunalt ansatt med koordinatorrollen i virksomheten.')).toBeInTheDocument();
    await user.click(within(form).getByRole('button', { name: 'Oppnevn' }));
    expect(await within(form).findByRole('alert')).toHaveTextContent('Personen har allerede fått koordinator etter dette vedtaket.');
  });

  it('KE leaves the case to a unit leader; the request is shown', async () => {
    const after = sectionReferral({
      delegations: [
        { __typename: 'AppointmentDelegation', id: 'del-1', note: 'Haster.', requestedAt: '2026-11-30T09:00:00.000Z', completedAt: null, unit: UNITS.homeCare },
      ],
    });
    const delegated = mockResult(
      DelegateAppointmentMutation,
      { referralId: REFERRAL_ID, unitId: 'unit-home', note: 'Haster.' },
      { __typename: 'Mutation', delegateAppointment: { __typename: 'AppointmentDelegation', id: 'del-1' } },
    );
    const { user } = renderSection('SYSTEM_COORDINATOR', [sectionMock(sectionReferral()), delegated, sectionMock(after)]);
    await user.click(await screen.findByRole('button', { name: 'Overlat til virksomhetsleder' }));
    const form = screen.getByRole('form', { name: 'Overlat til virksomhetsleder' });
    await user.click(within(form).getByRole('button', { name: 'Overlat til lederen' }));
    const unit = within(form).getByLabelText('Virksomheten som skal oppnevne');
    await waitFor(() => expect(unit).toHaveAccessibleDescription('Velg virksomhet'));
    expect(unit).toHaveAttribute('aria-invalid', 'true');
    await user.selectOptions(unit, 'unit-home');
    await user.type(within(form).getByLabelText('Melding til lederen (valgfritt)'), 'Haster.');
    await user.click(within(form).getByRole('button', { name: 'Overlat til lederen' }));
    expect(await screen.findByText(/Overlatt til Hjemmetjenesten 30\. nov\. 2026\. Venter på at lederen oppnevner koordinator\./)).toBeInTheDocument();
    expect(screen.getByText('Melding til lederen: Haster.')).toBeInTheDocument();
    // One open request at a time.
    expect(screen.queryByRole('button', { name: 'Overlat til virksomhetsleder' })).not.toBeInTheDocument();
  });

  it('a decline is confirmed in a dialog before it is registered', async () => {
    const declined = mockResult(
      RegisterDeclineMutation,
      { referralId: REFERRAL_ID, kind: 'DECLINED_COORDINATOR', reason: 'Vil klare seg selv.', effectiveDate: osloToday() },
      { __typename: 'Mutation', registerDecline: { __typename: 'DeclineForm', id: 'cf-1' } },
    );
    const { user } = renderSection('SYSTEM_COORDINATOR', [sectionMock(sectionReferral()), declined, sectionMock(sectionReferral({ status: 'CLOSED' }))]);
    await user.click(await screen.findByRole('button', { name: 'Registrer at personen takker nei' }));
    const form = screen.getByRole('form', { name: 'Registrer at personen takker nei' });
    await user.click(within(form).getByRole('button', { name: 'Registrer endringsskjema' }));
    expect(await within(form).findByText('Velg om personen takker nei til koordinator eller til individuell plan.')).toBeInTheDocument();
    await user.click(within(form).getByRole('radio', { name: 'Koordinator (saken avsluttes)' }));
    await user.type(within(form).getByLabelText('Begrunnelse (valgfritt)'), 'Vil klare seg selv.');
    await user.click(within(form).getByRole('button', { name: 'Registrer endringsskjema' }));

    let dialog = await screen.findByRole('dialog', { name: 'Er du sikker?' });
    expect(dialog).toHaveTextContent('Koordinatoren avsluttes fra');
    await user.click(within(dialog).getByRole('button', { name: 'Avbryt' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());

    await user.click(within(form).getByRole('button', { name: 'Registrer endringsskjema' }));
    dialog = await screen.findByRole('dialog', { name: 'Er du sikker?' });
    await user.click(within(dialog).getByRole('button', { name: 'Ja, registrer' }));
    expect(await screen.findByText('Lagret.')).toBeInTheDocument();
    // The case is closed: no more actions.
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Registrer at personen takker nei' })).not.toBeInTheDocument());
  });

  it('plans the start-up meeting only in the future', async () => {
    // Typed as Norwegian time (summer: UTC+2), whatever the device's zone.
    const startsAt = '2999-05-04T08:30';
    const instant = '2999-05-04T06:30:00.000Z';
    const planned = mockResult(
      PlanStartupMeetingMutation,
      { referralId: REFERRAL_ID, startsAt: instant, location: 'Rådhuset' },
      { __typename: 'Mutation', planStartupMeeting: { __typename: 'PlannedMeeting', id: 'm-1' } },
    );
    const after = sectionReferral({ startupMeeting: { __typename: 'PlannedMeeting', id: 'm-1', startsAt: instant, location: 'Rådhuset' } });
    const { user } = renderSection('SYSTEM_COORDINATOR', [sectionMock(sectionReferral()), planned, sectionMock(after)]);
    expect(await screen.findByText('Ikke planlagt')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Planlegg oppstartsmøte' }));
    const form = screen.getByRole('form', { name: 'Planlegg oppstartsmøte' });
    const when = within(form).getByLabelText('Dato og klokkeslett');
    await user.type(when, '2001-01-01T10:00');
    await user.click(within(form).getByRole('button', { name: 'Planlegg møtet' }));
    expect(await within(form).findByText('Velg et tidspunkt fram i tid.')).toBeInTheDocument();
    await user.clear(when);
    await user.type(when, startsAt);
    await user.type(within(form).getByLabelText('Sted (valgfritt)'), 'Rådhuset');
    await user.click(within(form).getByRole('button', { name: 'Planlegg møtet' }));
    expect(await screen.findByText(/, Rådhuset$/)).toBeInTheDocument();
  });

  it('the unit leader the case is left to may only appoint', async () => {
    const leftToOla = sectionReferral({
      delegableUnits: [],
      delegations: [{ __typename: 'AppointmentDelegation', id: 'del-1', note: null, requestedAt: '2026-11-30T09:00:00.000Z', completedAt: null, unit: UNITS.homeCare }],
    });
    renderSection('UNIT_LEADER', [sectionMock(leftToOla), candidatesMock([ingrid])]);
    expect(await screen.findByRole('button', { name: 'Oppnevn koordinator' })).toBeInTheDocument();
    for (const action of ['Overlat til virksomhetsleder', 'Registrer at personen takker nei', 'Planlegg oppstartsmøte']) {
      expect(screen.queryByRole('button', { name: action })).not.toBeInTheDocument();
    }
  });

  it('without a grant there is nothing to appoint', async () => {
    renderSection('SYSTEM_COORDINATOR', [sectionMock(sectionReferral({ appointmentGrants: null, status: 'IN_ASSESSMENT' }))]);
    expect(await screen.findByText('Koordinator kan oppnevnes når et vedtak i saken gir rett til koordinator.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Oppnevn koordinator' })).not.toBeInTheDocument();
    expect(screen.getByText('Ingen koordinator er oppnevnt ennå.')).toBeInTheDocument();
  });

  it('shows the declines and lets KE register one a coordinator submitted', async () => {
    const waiting = {
      __typename: 'DeclineForm' as const,
      id: 'cf-2',
      kind: 'DECLINED_INDIVIDUAL_PLAN' as const,
      reason: 'Ønsker ikke plan nå.',
      effectiveDate: '2026-11-28',
      registeredAt: null,
      submittedBy: { __typename: 'StaffRef' as const, id: 'u-ingrid', name: 'Ingrid Solberg' },
    };
    const registered = mockResult(
      RegisterChangeFormMutation,
      { changeFormId: 'cf-2' },
      { __typename: 'Mutation', registerChangeForm: { __typename: 'DeclineForm', id: 'cf-2', registeredAt: '2026-11-30T10:00:00.000Z' } },
    );
    const before = sectionReferral({ assignments: [appointedIngrid()], declines: [waiting] });
    const after = sectionReferral({ assignments: [appointedIngrid()], declines: [{ ...waiting, registeredAt: '2026-11-30T10:00:00.000Z' }] });
    const { user } = renderSection('SYSTEM_COORDINATOR', [sectionMock(before), registered, sectionMock(after)]);
    expect(await screen.findByText('Takker nei til individuell plan fra 28. nov. 2026')).toBeInTheDocument();
    expect(screen.getByText('Sendt av Ingrid Solberg, venter på registrering')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Registrer skjemaet' }));
    expect(await screen.findByText('Registrert hos koordinerende enhet 30. nov. 2026')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Registrer skjemaet' })).not.toBeInTheDocument();
  });
});

