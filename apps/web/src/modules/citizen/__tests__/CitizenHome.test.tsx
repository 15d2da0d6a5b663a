import { mockMe } from '../../../test-utils/fixtures';
import { act, mockGraphQLError, mockResult, renderApp, screen, waitFor, within } from '../../../test-utils/render';
import { PersonPlanStateQuery } from '../../plan/graphql/plan';
import { CitizenPlanQuery, PersonConsentsQuery, WithdrawConsentMutation } from '../graphql/citizen';
import {
  actingForMona,
  actingForSofie,
  EMIL_ID,
  emilPlan,
  exchangeConsent,
  MAJA_ID,
  mockAccessLog,
  planConsent,
  sofieAccessLog,
  sofieConsents,
  sofiePlan,
} from './citizen.fixtures';
import { mockMySubmittedReferrals } from '../../intake/__tests__/intake.fixtures';

const baseMocks = [mockMe('CITIZEN'), mockMySubmittedReferrals(), actingForSofie, sofiePlan, sofieConsents, sofieAccessLog];

describe('CitizenHome', () => {
  it('shows the plan in plain language', async () => {
    renderApp({ mocks: baseMocks });

    expect(await screen.findByRole('heading', { level: 1, name: 'Min plan' })).toBeInTheDocument();
    expect(screen.getByText('Her ser du planen din, samtykkene dine og hvem som har sett opplysningene dine.')).toBeInTheDocument();
    expect(screen.queryByRole('navigation', { name: 'Vis plan for' })).not.toBeInTheDocument();
    expect(await screen.findByRole('heading', { level: 2, name: 'Dette er viktig for deg' })).toBeInTheDocument();
    expect(screen.getByText('Å bo hjemme og komme tilbake i jobb.')).toBeInTheDocument();
    expect(screen.getByText('Planen skal gås gjennom igjen 1. sep. 2025.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Last ned planen som PDF' })).toHaveAttribute('href', '/api/plans/plan-1/plan.pdf?lang=nb');

    const goals = screen.getByRole('region', { name: 'Målene dine' });
    expect(within(goals).getByRole('heading', { name: 'Komme tilbake i arbeid' })).toBeInTheDocument();

    const who = screen.getByRole('region', { name: 'Hvem gjør hva og når' });
    const items = within(who).getAllByRole('listitem');
    expect(items[0]).toHaveTextContent('NAV Fjordvik skal: avklare arbeidstrening');
    expect(items[0]).toHaveTextContent('Når: innen 15. aug. 2025');
    expect(items[1]).toHaveTextContent('Sofie skal: øve på å ta bussen alene');
    expect(items[1]).toHaveTextContent('Når: ikke bestemt ennå');

    const coordinator = screen.getByRole('region', { name: 'Koordinatoren din' });
    expect(within(coordinator).getByRole('heading', { name: 'Ingrid Solberg' })).toBeInTheDocument();
    expect(within(coordinator).getByRole('link', { name: 'ingrid@fjordvik.kommune.no' })).toHaveAttribute('href', 'mailto:ingrid@fjordvik.kommune.no');

    const subPlans = screen.getByRole('region', { name: 'Delplanene dine' });
    expect(within(subPlans).getByText('Kriseplan ved sterk hodepine')).toBeInTheDocument();
    expect(subPlans).toHaveTextContent('Kriseplan · Eies av Per Aasen, fastlege');

    const meetings = screen.getByRole('region', { name: 'Møter som kommer' });
    expect(meetings).toHaveTextContent('Evalueringsmøte · 1. sep. 2025, 12:00');
    // A measure past its deadline says so.
    expect(items[0]).toHaveTextContent('Fristen er passert');
    expect(items[1]).not.toHaveTextContent('Fristen er passert');
  });

  it('switches to easy-read, with short sentences and a picture per life area, and keeps the choice', async () => {
    localStorage.removeItem('samhandling:easyRead');
    const { user, unmount } = renderApp({ mocks: baseMocks });
    const toggle = await screen.findByRole('switch', { name: /Lettlest/ });
    expect(toggle).not.toBeChecked();
    await user.click(toggle);
    const easy = await screen.findByTestId('easy-read');
    expect(within(easy).getByRole('heading', { level: 2, name: 'Neste møte' })).toBeInTheDocument();
    expect(within(easy).getByRole('heading', { level: 2, name: 'Målene dine' })).toBeInTheDocument();
    const goal = within(easy).getByRole('heading', { level: 3, name: 'Komme tilbake i arbeid' }).closest('li')!;
    expect(goal).toHaveTextContent('Arbeid og aktivitet');
    expect(goal.querySelector('svg[aria-hidden="true"]')).not.toBeNull();
    expect(goal).toHaveTextContent('Dere jobber med dette nå.');
    expect(goal).toHaveTextContent('NAV Fjordvik skal:');
    expect(goal).toHaveTextContent('Dette er forsinket.');
    expect(goal).toHaveTextContent('Sofie skal:');
    expect(goal).toHaveTextContent('Det skal skje.');
    const subPlan = within(easy).getByRole('heading', { level: 3, name: 'Kriseplan ved sterk hodepine' }).closest('li')!;
    expect(subPlan).toHaveTextContent('Kriseplan');
    expect(subPlan).toHaveTextContent('Per Aasen, fastlege har ansvaret for den.');
    expect(within(easy).getByRole('link', { name: 'ingrid@fjordvik.kommune.no' })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Hvem gjør hva og når' })).not.toBeInTheDocument();
    unmount();

    renderApp({ mocks: baseMocks });
    expect(await screen.findByTestId('easy-read')).toBeInTheDocument();
    expect(screen.getByRole('switch', { name: /Lettlest/ })).toBeChecked();
    localStorage.removeItem('samhandling:easyRead');
  });

  it('lists consents, in force first, and who has seen the data', async () => {
    renderApp({ mocks: baseMocks });

    const consents = await screen.findByRole('region', { name: 'Samtykkene dine' });
    const cards = await within(consents).findAllByTestId(/^consent-/);
    expect(cards.map((card) => within(card).getByRole('heading', { level: 3 }).textContent)).toEqual([
      'Individuell plan',
      'Utveksling av opplysninger',
      'Ansvarsgruppe',
    ]);
    expect(cards[1]).toHaveTextContent('Ingenting til Fysio- og ergoterapi.');
    expect(cards[2]).toHaveTextContent('Trukket tilbake 1. jan. 2023');
    expect(within(cards[2]!).queryByRole('button')).not.toBeInTheDocument();
    expect(within(consents).getAllByRole('button', { name: /Trekk tilbake samtykket til/ })).toHaveLength(2);

    const log = await screen.findByRole('region', { name: 'Hvem har sett opplysningene dine' });
    const lines = await within(log).findAllByRole('listitem');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toHaveTextContent('Per Aasen');
    expect(lines[0]).toHaveTextContent('Leste planen, 3 ganger');
    expect(lines[1]).toHaveTextContent('Så navnet i listen over brukere, 1 gang');
    expect(within(log).queryByRole('table')).not.toBeInTheDocument();
  });

  it("shows each consent's period, who heard an oral one, the restrictions in words and the PDF copy in the user's language", async () => {
    renderApp({ mocks: baseMocks });
    const consents = await screen.findByRole('region', { name: 'Samtykkene dine' });
    const plan = await within(consents).findByTestId('consent-c-plan');
    expect(plan).toHaveTextContent('Gjelder fra 1. feb. 2024 til det trekkes tilbake');
    const exchange = within(consents).getByTestId('consent-c-exchange');
    expect(exchange).toHaveTextContent(/Muntlig samtykke tatt imot av Ingrid Solberg 1\. feb\. 2024 kl\. 10:00/);
    expect(exchange).toHaveTextContent('Gjelder til det trekkes tilbake');
    expect(exchange).toHaveTextContent('Ingenting til Fysio- og ergoterapi. Gjelder alt.');
    expect(exchange).toHaveTextContent('Ingenting om økonomi til NAV Fjordvik. Vil ikke at banken skal vite om gjelden.');
    expect(within(consents).getByTestId('consent-c-old')).toHaveTextContent('Gjelder fra 1. jan. 2022 til og med 31. des. 2022');
    expect(within(exchange).getByRole('link', { name: 'Last ned kopien din (PDF): Utveksling av opplysninger' })).toHaveAttribute('href', '/api/consents/c-exchange/pdf?lang=nb');
  });

  it('links the PDF copy in the language the user reads', async () => {
    renderApp({ mocks: baseMocks, locale: 'nn' });
    const link = await screen.findByRole('link', { name: 'Last ned kopien din (PDF): Individuell plan' });
    expect(link).toHaveAttribute('href', '/api/consents/c-plan/pdf?lang=nn');
  });

  it('asks for confirmation before withdrawing a consent, and sends the mutation', async () => {
    const withdrawResult = jest.fn(() => ({
      data: {
        __typename: 'Mutation' as const,
        withdrawConsent: { ...exchangeConsent, withdrawnAt: '2025-05-03T10:00:00.000Z' },
      },
    }));
    const { user } = renderApp({
      mocks: [
        ...baseMocks,
        {
          request: { query: WithdrawConsentMutation, variables: { consentId: 'c-exchange', note: 'Vil ikke dele med skolen.' } },
          result: withdrawResult,
        },
      ],
    });

    const withdrawButton = await screen.findByRole('button', { name: 'Trekk tilbake samtykket til Utveksling av opplysninger' });
    await user.click(withdrawButton);

    // Cancelling sends nothing.
    let dialog = await screen.findByRole('dialog', { name: 'Vil du trekke tilbake samtykket?' });
    expect(dialog).toHaveTextContent('Samtykket til Utveksling av opplysninger slutter å gjelde med en gang.');
    await user.click(within(dialog).getByRole('button', { name: 'Avbryt' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(withdrawResult).not.toHaveBeenCalled();

    // Confirming sends withdrawConsent with the note.
    await user.click(withdrawButton);
    dialog = await screen.findByRole('dialog', { name: 'Vil du trekke tilbake samtykket?' });
    await user.type(within(dialog).getByLabelText('Vil du si hvorfor? (valgfritt)'), 'Vil ikke dele med skolen.');
    await user.click(within(dialog).getByRole('button', { name: 'Ja, trekk tilbake' }));

    expect(await screen.findByText('Samtykket til Utveksling av opplysninger er trukket tilbake.')).toBeInTheDocument();
    expect(withdrawResult).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    const card = screen.getByTestId('consent-c-exchange');
    expect(card).toHaveTextContent('Trukket tilbake 3. mai 2025');
    expect(within(card).queryByRole('button')).not.toBeInTheDocument();
    expect(screen.getAllByRole('button', { name: /Trekk tilbake samtykket til/ })).toHaveLength(1);
  });

  it('shows the translated error in the dialog when the withdrawal is refused', async () => {
    const { user } = renderApp({
      mocks: [
        ...baseMocks,
        mockGraphQLError(
          WithdrawConsentMutation,
          { consentId: 'c-plan', note: null },
          { code: 'CONFLICT', message: 'Samtykket er allerede trukket tilbake.' },
        ),
      ],
    });

    await user.click(await screen.findByRole('button', { name: 'Trekk tilbake samtykket til Individuell plan' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Ja, trekk tilbake' }));

    expect(await within(dialog).findByText('Samtykket er allerede trukket tilbake.')).toBeInTheDocument();
    expect(within(dialog).getByRole('heading', { name: 'Det gikk ikke å fullføre.' })).toBeInTheDocument();
    expect(screen.getByRole('dialog')).toBeInTheDocument();
  });

  it('shows the field errors the API sends next to the note', async () => {
    const { user } = renderApp({
      mocks: [
        ...baseMocks,
        mockGraphQLError(
          WithdrawConsentMutation,
          { consentId: 'c-plan', note: 'Fordi.' },
          {
            code: 'BAD_USER_INPUT',
            message: 'Noe av det du fylte inn, er ikke gyldig.',
            fields: [{ field: 'note', message: 'Teksten kan ha høyst 1000 tegn.' }],
          },
        ),
      ],
    });

    await user.click(await screen.findByRole('button', { name: 'Trekk tilbake samtykket til Individuell plan' }));
    const dialog = await screen.findByRole('dialog');
    const note = within(dialog).getByLabelText('Vil du si hvorfor? (valgfritt)');
    await user.type(note, 'Fordi.');
    await user.click(within(dialog).getByRole('button', { name: 'Ja, trekk tilbake' }));

    expect(await within(dialog).findByText('Teksten kan ha høyst 1000 tegn.')).toBeInTheDocument();
    expect(note).toHaveAttribute('aria-invalid', 'true');
    expect(note).toHaveAccessibleDescription('Teksten kan ha høyst 1000 tegn.');
    expect(within(dialog).getByText('Noe av det du fylte inn, er ikke gyldig.')).toBeInTheDocument();
  });

  it('checks the length of the note before sending', async () => {
    const { user } = renderApp({ mocks: baseMocks });

    await user.click(await screen.findByRole('button', { name: 'Trekk tilbake samtykket til Individuell plan' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByLabelText('Vil du si hvorfor? (valgfritt)'));
    await user.paste('x'.repeat(501));
    await user.click(within(dialog).getByRole('button', { name: 'Ja, trekk tilbake' }));

    expect(await within(dialog).findByText('Teksten kan ha høyst 500 tegn.')).toBeInTheDocument();
  });

  describe('a guardian acting for her children', () => {
    const mona = mockMe('CITIZEN', { id: 'u-mona', name: 'Mona Dahl' });
    const emilConsents = mockResult(PersonConsentsQuery, { personId: EMIL_ID }, { __typename: 'Query', consents: [{ ...planConsent, id: 'c-emil', givenByName: 'Mona Dahl' }] });
    const majaConsents = mockResult(PersonConsentsQuery, { personId: MAJA_ID }, { __typename: 'Query', consents: [] });
    const emptyLog = (personId: string) => mockAccessLog(personId, { entries: [] });
    const majaInAssessment = mockResult(PersonPlanStateQuery, { personId: MAJA_ID }, {
      __typename: 'Query',
      person: {
        __typename: 'PersonView',
        id: MAJA_ID,
        name: 'Maja Dahl',
        firstName: 'Maja',
        relation: 'GUARDIAN',
        planState: 'IN_ASSESSMENT',
        planStateSince: '2025-05-20T07:30:00.000Z',
        closedPlanId: null,
        coordinators: [],
      },
    });
    const emilMocks = [mona, mockMySubmittedReferrals(), actingForMona, emilPlan, emilConsents, emptyLog(EMIL_ID)];
    const majaMocks = [mockResult(CitizenPlanQuery, { personId: MAJA_ID }, { __typename: 'Query', plan: null }), majaInAssessment, majaConsents, emptyLog(MAJA_ID)];

    it('names the child in every text, never as if the plan were hers', async () => {
      const { user } = renderApp({ mocks: emilMocks });

      expect(await screen.findByRole('heading', { level: 1, name: 'Planen til Emil' })).toBeInTheDocument();
      expect(document.title).toBe('Planen til Emil – Samhandling');
      expect(screen.getByText('Du ser dette på vegne av Emil.')).toBeInTheDocument();
      expect(await screen.findByRole('heading', { level: 2, name: 'Dette er viktig for Emil' })).toBeInTheDocument();
      expect(screen.getByRole('region', { name: 'Målene til Emil' })).toBeInTheDocument();
      expect(screen.getByRole('region', { name: 'Delplanene til Emil' })).toHaveTextContent('Ingen andre planer er knyttet til den individuelle planen.');
      const coordinator = screen.getByRole('region', { name: 'Koordinatoren til Emil' });
      expect(coordinator).toHaveTextContent('Koordinatoren er den du kontakter når du lurer på noe om planen eller tjenestene til Emil.');
      const consents = await screen.findByRole('region', { name: 'Samtykker for Emil' });
      expect(consents).toHaveTextContent('Du bestemmer på vegne av Emil hvem som får vite hva.');
      expect(await within(consents).findByText('Gitt 1. feb. 2024 av Mona Dahl')).toBeInTheDocument();
      for (const ownText of ['Min plan', 'Dette er viktig for deg', 'Målene dine', 'Delplanene dine', 'Koordinatoren din', 'Samtykkene dine']) {
        expect(screen.queryByText(ownText)).not.toBeInTheDocument();
      }

      // The access log names him too.
      expect(await screen.findByRole('heading', { level: 2, name: 'Hvem har sett opplysningene til Emil' })).toBeInTheDocument();
      expect(await screen.findByText('Ingen har sett opplysningene til Emil ennå.')).toBeInTheDocument();
      expect(screen.getByRole('switch', { name: 'Vis også når Emil eller foresatte har sett' })).not.toBeChecked();

      await user.click(within(consents).getByRole('button', { name: 'Trekk tilbake samtykket til Individuell plan' }));
      expect(await screen.findByRole('dialog')).toHaveTextContent('får ikke lenger se opplysningene til Emil.');
    });

    it('switches between the children with links that keep the choice in the address', async () => {
      const { user, router } = renderApp({ mocks: [...emilMocks, ...majaMocks] });

      const chooser = await screen.findByRole('navigation', { name: 'Vis plan for' });
      const emilLink = within(chooser).getByRole('link', { name: 'Emil Dahl (9 år)' });
      const majaLink = within(chooser).getByRole('link', { name: 'Maja Dahl (5 år)' });
      expect(emilLink).toHaveAttribute('aria-current', 'page');
      expect(majaLink).not.toHaveAttribute('aria-current');
      expect(await screen.findByRole('heading', { level: 1, name: 'Planen til Emil' })).toBeInTheDocument();
      await waitFor(() => expect(screen.queryByRole('status')).not.toBeInTheDocument());

      // With the keyboard: focus the link and press Enter.
      majaLink.focus();
      await user.keyboard('{Enter}');

      expect(router.state.location.search).toBe(`?person=${MAJA_ID}`);
      expect(await screen.findByRole('heading', { level: 1, name: 'Planen til Maja' })).toBeInTheDocument();
      expect(within(chooser).getByRole('link', { name: 'Maja Dahl (5 år)' })).toHaveAttribute('aria-current', 'page');
      const notice = await screen.findByTestId('plan-state');
      expect(notice).toHaveTextContent('Koordinerende enhet vurderer meldingen om behov som kom inn 20. mai 2025. Det er ikke fattet vedtak ennå.');
      expect(notice).toHaveTextContent('Du får svar i et vedtak. Ta kontakt med koordinerende enhet hvis du lurer på noe.');
      expect(await screen.findByRole('region', { name: 'Samtykker for Maja' })).toBeInTheDocument();
      await waitFor(() => expect(screen.queryByRole('status')).not.toBeInTheDocument());

      // The browser's back button returns to Emil, from what was loaded.
      await act(() => router.navigate(-1));
      expect(await screen.findByRole('heading', { level: 1, name: 'Planen til Emil' })).toBeInTheDocument();
    });

    it('opens the child named in the address', async () => {
      renderApp({ route: `/?person=${MAJA_ID}`, mocks: [mona, mockMySubmittedReferrals(), actingForMona, ...majaMocks] });

      expect(await screen.findByRole('heading', { level: 1, name: 'Planen til Maja' })).toBeInTheDocument();
      expect(await screen.findByTestId('plan-state')).toBeInTheDocument();
    });

    it('names the child in nynorsk and English too', async () => {
      const { unmount } = renderApp({ locale: 'nn', mocks: emilMocks });
      expect(await screen.findByRole('heading', { level: 1, name: 'Planen til Emil' })).toBeInTheDocument();
      expect(await screen.findByRole('region', { name: 'Måla til Emil' })).toBeInTheDocument();
      expect(await screen.findByRole('region', { name: 'Samtykke for Emil' })).toBeInTheDocument();
      unmount();

      renderApp({ locale: 'en', mocks: emilMocks });
      expect(await screen.findByRole('heading', { level: 1, name: 'Emil’s plan' })).toBeInTheDocument();
      expect(await screen.findByRole('heading', { level: 2, name: 'What matters to Emil' })).toBeInTheDocument();
      expect(await screen.findByRole('region', { name: 'Consents for Emil' })).toBeInTheDocument();
    });
  });
});

