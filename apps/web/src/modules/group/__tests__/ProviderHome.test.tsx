import { mockMe, PERSON_IDS } from '../../../test-utils/fixtures';
import { mockResult, renderApp, screen, within } from '../../../test-utils/render';
import { MyParticipationQuery } from '../graphql/group';
import { mockMySubmittedReferrals } from '../../intake/__tests__/intake.fixtures';
import { mockMyTasks } from '../../meeting/__tests__/meeting.fixtures';

const participation = mockResult(
  MyParticipationQuery,
  {},
  {
    __typename: 'Query',
    myParticipation: [
      {
        __typename: 'ParticipationEntry',
        groupId: 'grp-sofie',
        person: { __typename: 'PersonRef', id: PERSON_IDS.sofie, name: 'Sofie Berg', age: 34, expectedBirthDate: null },
        roleInGroup: 'Fastlege',
        hasAccess: true,
        nextMeetingAt: '2025-06-12T08:00:00.000Z',
        myMeasures: [
          {
            __typename: 'MeasureView',
            id: 'm-gp',
            description: 'Oppfølging av medisinering',
            responsible: 'Per Aasen',
            dueDate: '2025-07-01',
            status: 'PLANNED',
            overdue: false,
          },
        ],
      },
      {
        __typename: 'ParticipationEntry',
        groupId: 'grp-kristoffer',
        person: { __typename: 'PersonRef', id: '7a1c5e93-4b2d-4f8a-9e61-8d3b2c7f0a14', name: 'Kristoffer Lund', age: 52, expectedBirthDate: null },
        roleInGroup: null,
        hasAccess: false,
        nextMeetingAt: null,
        myMeasures: [],
      },
    ],
  },
);

describe('ProviderHome (service provider)', () => {
  it('shows each group with role, next meeting and own measures', async () => {
    renderApp({ mocks: [mockMe('SERVICE_PROVIDER'), mockMyTasks(), mockMySubmittedReferrals(), participation] });

    expect(await screen.findByRole('heading', { level: 1, name: 'Mine ansvarsgrupper' })).toBeInTheDocument();
    const sofie = await screen.findByRole('region', { name: 'Ansvarsgruppe for Sofie Berg' });
    expect(sofie).toHaveTextContent('Min rolle i gruppenFastlege');
    expect(sofie).toHaveTextContent('Neste møte12. juni 2025, 10:00');
    const measures = within(sofie).getByRole('table', { name: 'Mine tiltak for Sofie Berg' });
    expect(within(measures).getByRole('row', { name: /Oppfølging av medisinering/ })).toHaveTextContent('1. juli 2025Planlagt');
    expect(within(sofie).getByRole('link', { name: 'Se planen til Sofie Berg' })).toHaveAttribute('href', `/plan/${PERSON_IDS.sofie}`);
    expect(within(sofie).queryByText('Ingen tilgang til planen')).not.toBeInTheDocument();
  });

  it('explains that the consent does not allow access to the plan', async () => {
    renderApp({ mocks: [mockMe('SERVICE_PROVIDER'), mockMyTasks(), mockMySubmittedReferrals(), participation] });

    const kristoffer = await screen.findByRole('region', { name: 'Ansvarsgruppe for Kristoffer Lund' });
    expect(within(kristoffer).getByRole('heading', { name: 'Ingen tilgang til planen' })).toBeInTheDocument();
    expect(kristoffer).toHaveTextContent('Samtykket fra Kristoffer Lund gir deg ikke tilgang til planen.');
    expect(kristoffer).toHaveTextContent('Min rolle i gruppenMedlem');
    expect(within(kristoffer).queryByRole('table')).not.toBeInTheDocument();
    expect(within(kristoffer).queryByRole('link')).not.toBeInTheDocument();
  });
});
