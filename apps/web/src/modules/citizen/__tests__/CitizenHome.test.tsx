import { mockMe } from '../../../test-utils/fixtures';
import { mockGraphQLError, mockResult, renderApp, screen, waitFor, within } from '../../../test-utils/render';
import { ActingForQuery, CitizenPlanQuery, PersonConsentsQuery, WithdrawConsentMutation } from '../graphql/citizen';
import {
  actingForSofie,
  EMIL_ID,
  exchangeConsent,
  mockAccessLog,
  oldGroupConsent,
  planConsent,
  SOFIE_ID,
  sofieAccessLog,
  sofieConsents,
  sofiePlan,
} from './citizen.fixtures';

const baseMocks = [mockMe('CITIZEN'), actingForSofie, sofiePlan, sofieConsents, sofieAccessLog];

describe('CitizenHome', () => {
  it('shows the plan in plain language', async () => {
    renderApp({ mocks: baseMocks });

    expect(await screen.findByRole('heading', { level: 1, name: 'Min plan' })).toBeInTheDocument();
    expect(await screen.findByRole('heading', { level: 2, name: 'Dette er viktig for deg' })).toBeInTheDocument();
    expect(screen.getByText('Å bo hjemme og komme tilbake i jobb.')).toBeInTheDocument();
    expect(screen.getByText('Planen skal gås gjennom igjen 1. sep. 2025.')).toBeInTheDocument();

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

    const meetings = screen.getByRole('region', { name: 'Møter som kommer' });
    expect(meetings).toHaveTextContent('Evalueringsmøte · 1. sep. 2025, 12:00');
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

  it('lets a guardian choose between themselves and their ward', async () => {
    const { user } = renderApp({
      mocks: [
        mockMe('CITIZEN', { name: 'Mona Dahl' }),
        mockResult(ActingForQuery, {}, {
          __typename: 'Query',
          actingFor: [
            { __typename: 'PersonRef', id: SOFIE_ID, name: 'Mona Dahl', age: 41, isChild: false },
            { __typename: 'PersonRef', id: EMIL_ID, name: 'Emil Dahl', age: 9, isChild: true },
          ],
        }),
        sofiePlan,
        sofieConsents,
        sofieAccessLog,
        mockResult(CitizenPlanQuery, { personId: EMIL_ID }, { __typename: 'Query', plan: null }),
        mockResult(PersonConsentsQuery, { personId: EMIL_ID }, { __typename: 'Query', consents: [{ ...planConsent, id: 'c-emil', givenByName: 'Mona Dahl' }, oldGroupConsent] }),
        mockAccessLog(EMIL_ID, { entries: [] }),
      ],
    });

    const chooser = await screen.findByLabelText('Vis plan for');
    expect(await screen.findByText('Dette er planen til Mona Dahl.')).toBeInTheDocument();
    expect(await screen.findByRole('heading', { level: 2, name: 'Hvem har sett opplysningene dine' })).toBeInTheDocument();
    await user.selectOptions(chooser, EMIL_ID);

    expect(await screen.findByText('Dette er planen til Emil Dahl.')).toBeInTheDocument();
    expect(await screen.findByText(/Det er ikke laget en individuell plan ennå/)).toBeInTheDocument();
    expect(await screen.findByText('Gitt 1. feb. 2024 av Mona Dahl')).toBeInTheDocument();
    // Mona acts for Emil: the log names him, not "you".
    expect(await screen.findByRole('heading', { level: 2, name: 'Hvem har sett opplysningene til Emil Dahl' })).toBeInTheDocument();
    expect(await screen.findByText('Ingen har sett opplysningene til Emil Dahl ennå.')).toBeInTheDocument();
    expect(screen.getByRole('switch', { name: 'Vis også når Emil Dahl eller foresatte har sett' })).not.toBeChecked();
  });
});
