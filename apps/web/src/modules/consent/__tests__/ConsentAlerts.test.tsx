import { mockMe } from '../../../test-utils/fixtures';
import { mockGraphQLError, renderApp, renderWithProviders, screen, within } from '../../../test-utils/render';
import { ConsentAlerts } from '../components/ConsentAlerts';
import { mockMySubmittedReferrals } from '../../intake/__tests__/intake.fixtures';
import { caseloadMock } from '../../caseload/__tests__/caseload.fixtures';
import { ConsentAlertsQuery } from '../graphql/consent';
import { mockConsentAlerts, type ConsentAlert } from './consent.fixtures';
import { mockGroupReviewsDue } from '../../group/__tests__/group.fixtures';

const person = (id: string, name: string) => ({ __typename: 'PersonRef' as const, id, name });
const missing: ConsentAlert = {
  __typename: 'ConsentAlert',
  kind: 'PLAN_CONSENT_MISSING',
  scope: 'INDIVIDUAL_PLAN',
  consentId: null,
  periodEnd: null,
  daysLeft: null,
  planId: 'plan-r',
  groupId: null,
  person: person('6f1c7d2e-0000-4c3b-9a55-00000000e001', 'Ragnhild Olsen'),
};
const expiring: ConsentAlert = {
  __typename: 'ConsentAlert',
  kind: 'CONSENT_EXPIRING',
  scope: 'INFORMATION_EXCHANGE',
  consentId: 'c-k',
  periodEnd: '2025-06-20',
  daysLeft: 20,
  planId: null,
  groupId: 'g-k',
  person: person('6f1c7d2e-0000-4c3b-9a55-00000000e002', 'Kjell Andersen'),
};

describe('ConsentAlerts', () => {
  it("lists on the coordinator's home what is missing and what expires, each linked to the person's consent page", async () => {
    renderApp({ mocks: [mockMe('COORDINATOR'), mockMySubmittedReferrals(), caseloadMock, mockConsentAlerts([missing, expiring]), mockGroupReviewsDue()] });
    const section = await screen.findByRole('region', { name: 'Samtykker som mangler eller går ut' });
    const items = await within(section).findAllByTestId('consent-alert');
    expect(items.map((item) => item.textContent)).toEqual([
      'Ragnhild OlsenMangler samtykke til individuell plan',
      'Kjell AndersenSamtykket til Utveksling av opplysninger går ut 20. juni 2025 (om 20 dager)',
    ]);
    expect(within(items[0]!).getByRole('link', { name: 'Samtykker for Ragnhild Olsen' })).toHaveAttribute('href', `/samtykke/${missing.person.id}`);
  });

  it('says so when nothing is missing', async () => {
    renderWithProviders(<ConsentAlerts />, { mocks: [mockConsentAlerts()] });
    const section = await screen.findByRole('region', { name: 'Samtykker som mangler eller går ut' });
    expect(await within(section).findByText('Ingen samtykker mangler eller går ut snart.')).toBeInTheDocument();
  });

  it('shows a failure with a way to try again', async () => {
    renderApp({
      mocks: [mockMe('COORDINATOR'), mockMySubmittedReferrals(), caseloadMock, mockGraphQLError(ConsentAlertsQuery, {}, { code: 'INTERNAL_SERVER_ERROR', message: 'Noe gikk galt.' }), mockGroupReviewsDue()],
    });
    const section = await screen.findByRole('region', { name: 'Samtykker som mangler eller går ut' });
    expect(await within(section).findByRole('button', { name: /Prøv igjen/ })).toBeInTheDocument();
  });

  it('names the expiry in English too', async () => {
    renderApp({ locale: 'en', mocks: [mockMe('COORDINATOR'), mockMySubmittedReferrals(), caseloadMock, mockConsentAlerts([expiring]), mockGroupReviewsDue()] });
    expect(await screen.findByText(/The consent to Exchange of information expires on/)).toHaveTextContent('(in 20 days)');
  });
});
