import { nationalIdControlDigits } from '@samhandling/shared';
import { GraphQLError } from 'graphql';
import type { Unmasked } from '@apollo/client';
import type { MockLink } from '@apollo/client/testing';
import type { CreateReferralMutation as CreateReferralData, CreateReferralMutationVariables } from '../../../gql/graphql';
import { mockMe, PERSON_IDS } from '../../../test-utils/fixtures';
import { fireEvent, mockResult, renderApp, screen, waitFor, within } from '../../../test-utils/render';
import { MyCaseloadQuery } from '../../caseload/graphql/caseload';
import { CreateReferralMutation, IntakeActingForQuery, IntakeUnitsQuery, PersonSearchQuery } from '../graphql/intake';
import { mockMySubmittedReferrals, submittedReferral } from './intake.fixtures';

// The form is long: typing every field takes longer than Jest's 5 s on a busy machine.
jest.setTimeout(30_000);

const ROUTE = '/melding/ny';
const UNIT_IDS = { homeCare: '1f0a9d3c-5b7e-4c21-8a6f-2d4b9e7c1a30', school: '7c2e4a1b-9d3f-4b68-a5e0-3f1c8d2b6e94' };

const units = mockResult(
  IntakeUnitsQuery,
  {},
  {
    __typename: 'Query',
    units: [
      { __typename: 'UnitRef', id: UNIT_IDS.school, name: 'Fjordvik skole' },
      { __typename: 'UnitRef', id: UNIT_IDS.homeCare, name: 'Hjemmetjenesten' },
    ],
  },
);

/** A national id with valid control digits for a DDMMYY date. */
function nationalId(ddmmyy: string): string {
  for (let individual = 500; ; individual += 1) {
    const nine = `${ddmmyy}${individual}`;
    const control = nationalIdControlDigits([...nine].map(Number));
    if (control) return `${nine}${control.join('')}`;
  }
}

/** The mutation's mock: answers with `result`, and keeps the input it was sent. */
type CreateData = Unmasked<CreateReferralData>;

function createMock(result: { data?: CreateData; errors?: GraphQLError[] }) {
  const sent: CreateReferralMutationVariables[] = [];
  const mock: MockLink.MockedResponse<CreateData, CreateReferralMutationVariables> = {
    request: {
      query: CreateReferralMutation,
      variables: (variables: CreateReferralMutationVariables) => {
        sent.push(variables);
        return true;
      },
    },
    result,
  };
  return { mock, sent };
}

const received: CreateData = {
  __typename: 'Mutation',
  createReferral: {
    __typename: 'SubmittedReferral',
    id: 'r-new',
    journalNumber: '2026/0215',
    receivedAt: '2026-12-02T08:15:00.000Z',
    status: 'RECEIVED',
    person: { __typename: 'PersonRef', id: PERSON_IDS.sofie, name: 'Sofie Berg' },
  },
};

const textbox = (name: RegExp) => screen.getByRole('textbox', { name });
const setDate = (label: RegExp, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });

describe('the staff referral form', () => {
  it('checks the fields as the API does before anything is sent, and says what is wrong at each field', async () => {
    const { mock, sent } = createMock({ data: received });
    const { user } = renderApp({ route: ROUTE, mocks: [mockMe('SERVICE_PROVIDER'), units, mock] });

    expect(await screen.findByRole('heading', { level: 1, name: 'Ny melding om behov for koordinerte tjenester' })).toBeInTheDocument();
    // A registered person must be chosen before anything else.
    await user.click(screen.getByRole('button', { name: 'Send meldingen' }));
    const summary = await screen.findByText('Rett opp dette før du sender:');
    expect(summary.closest('ds-error-summary, .ds-error-summary')).toHaveTextContent('Velg en person.');

    await user.click(screen.getByRole('radio', { name: 'Registrer en ny person' }));
    await user.type(textbox(/^Fødselsnummer eller D-nummer/), '123');
    await user.type(textbox(/^Hvorfor er det behov/), 'kort');
    await user.click(screen.getByRole('checkbox', { name: 'Personen er innlagt på sykehus' }));
    await user.click(screen.getByRole('button', { name: 'Send meldingen' }));

    expect(await screen.findByRole('textbox', { name: /^Fornavn/ })).toHaveAccessibleDescription('Feltet må fylles ut.');
    expect(textbox(/^Fødselsnummer eller D-nummer/)).toHaveAccessibleDescription(expect.stringContaining('Fødselsnummeret må ha 11 siffer.'));
    expect(textbox(/^Hvorfor er det behov/)).toHaveAccessibleDescription(expect.stringContaining('Beskriv behovet med 10 til 4000 tegn.'));
    expect(textbox(/^Navn på den som melder/)).toHaveAccessibleDescription('Feltet må fylles ut.');
    expect(screen.getByRole('checkbox', { name: /har samtykket til meldingen/ })).toHaveAccessibleDescription(
      expect.stringContaining('Meldingen kan bare sendes når personen (eller foresatte) har samtykket.'),
    );
    expect(screen.getByLabelText(/^Planlagt utskrivingsdato/)).toHaveAccessibleDescription('Oppgi planlagt utskrivingsdato for en innlagt pasient.');
    expect(screen.getByLabelText(/^Fødselsdato/)).toHaveAccessibleDescription('Oppgi fødselsdato, eller forventet termin for et ufødt barn.');

    // A wrong control digit is caught here too, with the same message as the API's.
    setDate(/^Fødselsdato/, '2015-03-04');
    const valid = nationalId('040315');
    await user.clear(textbox(/^Fødselsnummer eller D-nummer/));
    await user.type(textbox(/^Fødselsnummer eller D-nummer/), `${valid.slice(0, 10)}${(Number(valid[10]) + 1) % 10}`);
    await user.click(screen.getByRole('button', { name: 'Send meldingen' }));
    await waitFor(() =>
      expect(textbox(/^Fødselsnummer eller D-nummer/)).toHaveAccessibleDescription(expect.stringContaining('det andre kontrollsifferet')),
    );

    // An unborn child needs a parent.
    await user.click(screen.getByRole('radio', { name: /^Ikke født ennå/ }));
    await user.click(screen.getByRole('button', { name: 'Send meldingen' }));
    expect(await screen.findByRole('textbox', { name: /^Navn på mor eller far/ })).toHaveAccessibleDescription('Oppgi en av foreldrene til det ufødte barnet.');
    expect(sent).toEqual([]);
  });

  it('shows the API’s field messages at their fields', async () => {
    const { mock, sent } = createMock({
      errors: [
        new GraphQLError('Noe av det du fylte inn, er ikke gyldig.', {
          extensions: {
            code: 'BAD_USER_INPUT',
            fields: [
              { field: 'newPerson.nationalId', message: 'Fødselsnummeret er registrert på en annen person enn navnet som er oppgitt.' },
              { field: 'sourceUnitId', message: 'Velg en enhet i kommunen.' },
            ],
          },
        }),
      ],
    });
    const { user } = renderApp({ route: ROUTE, mocks: [mockMe('SYSTEM_COORDINATOR'), units, mock] });

    await user.click(await screen.findByRole('radio', { name: 'Registrer en ny person' }));
    await user.type(textbox(/^Fornavn/), 'Rita');
    await user.type(textbox(/^Etternavn/), 'Kjent');
    setDate(/^Fødselsdato/, '2015-03-04');
    await user.type(textbox(/^Fødselsnummer eller D-nummer/), nationalId('040315'));
    await user.selectOptions(screen.getByRole('combobox', { name: /^Meldingen kommer fra/ }), 'Fastlege');
    await user.type(textbox(/^Navn på den som melder/), 'Per Aasen');
    await within(screen.getByRole('combobox', { name: /^Kommunal enhet/ })).findByRole('option', { name: 'Fjordvik skole' });
    await user.selectOptions(screen.getByRole('combobox', { name: /^Kommunal enhet/ }), 'Fjordvik skole');
    await user.type(textbox(/^Hvorfor er det behov/), 'Trenger tjenester fra skole og helse som må ses sammen.');
    await user.click(screen.getByRole('checkbox', { name: /har samtykket til meldingen/ }));
    await user.click(within(screen.getByRole('group', { name: /^Samtykket er gitt/ })).getByRole('radio', { name: 'Skriftlig' }));
    await user.click(screen.getByRole('button', { name: 'Send meldingen' }));

    await waitFor(() =>
      expect(textbox(/^Fødselsnummer eller D-nummer/)).toHaveAccessibleDescription(
        expect.stringContaining('Fødselsnummeret er registrert på en annen person enn navnet som er oppgitt.'),
      ),
    );
    expect(screen.getByRole('combobox', { name: /^Kommunal enhet/ })).toHaveAccessibleDescription(expect.stringContaining('Velg en enhet i kommunen.'));
    expect(screen.getByRole('link', { name: 'Velg en enhet i kommunen.' })).toHaveAttribute('href', '#referral-sourceUnitId');
    expect(sent).toHaveLength(1);
    expect(sent[0]!.input).toMatchObject({
      newPerson: { firstName: 'Rita', lastName: 'Kjent', dateOfBirth: '2015-03-04', nationalId: nationalId('040315'), expectedBirthDate: null, parent: null },
      sourceKind: 'GP',
      sourceUnitId: UNIT_IDS.school,
      channel: 'ORAL',
      consentToRefer: true,
      consentForm: 'WRITTEN',
    });
  });

  it('sends a referral for a registered person found by name, with services today, and shows the receipt', async () => {
    const search = mockResult(
      PersonSearchQuery,
      { query: 'Sofie', dateOfBirth: null },
      { __typename: 'Query', personSearch: [{ __typename: 'PersonRef', id: PERSON_IDS.sofie, name: 'Sofie Berg', age: 34, expectedBirthDate: null }] },
    );
    const { mock, sent } = createMock({ data: received });
    const { user } = renderApp({ route: ROUTE, mocks: [mockMe('SYSTEM_COORDINATOR'), units, search, mock] });

    // Enter in the search field searches; it does not send the form.
    await user.type(await screen.findByRole('textbox', { name: 'Navn' }), 'Sofie{Enter}');
    await user.click(await screen.findByRole('radio', { name: /Sofie Berg/ }));
    await user.selectOptions(screen.getByRole('combobox', { name: /^Meldingen kommer fra/ }), 'Pårørende');
    await user.type(textbox(/^Navn på den som melder/), 'Eva Berg');
    await user.type(textbox(/^I hvilken rolle/), 'Mor');
    await user.click(screen.getByRole('radio', { name: 'Koordinator' }));
    await user.type(textbox(/^Hvorfor er det behov/), 'Flere tjenester etter utskriving som må samordnes.');
    await user.click(screen.getByRole('button', { name: 'Legg til en tjeneste' }));
    await user.click(screen.getByRole('button', { name: 'Legg til en tjeneste' }));
    await user.type(textbox(/^Tjeneste 1/), 'Hjemmesykepleie');
    await user.type(textbox(/^Gis av \(tjeneste 1\)/), 'Hjemmetjenesten');
    await user.type(textbox(/^Tjeneste 2/), 'Fysioterapi');
    await user.click(screen.getByRole('button', { name: 'Fjern tjeneste 2' }));
    await user.click(screen.getByRole('button', { name: 'Legg til en tjeneste' }));
    await user.type(textbox(/^Tjeneste 2/), 'Psykolog');
    await user.type(textbox(/^Ønsket koordinator/), 'Ingrid Solberg');
    await user.selectOptions(screen.getByRole('combobox', { name: /^Ønsket enhet/ }), 'Hjemmetjenesten');
    await user.click(screen.getByRole('checkbox', { name: /har samtykket til meldingen/ }));
    await user.click(within(screen.getByRole('group', { name: /^Samtykket er gitt/ })).getByRole('radio', { name: 'Muntlig' }));
    await user.type(textbox(/^Hvem tok imot samtykket/), 'Kari Nordmann-Berg');
    await user.click(screen.getByRole('checkbox', { name: 'Personen er innlagt på sykehus' }));
    setDate(/^Planlagt utskrivingsdato/, '2026-12-20');
    await user.click(screen.getByRole('button', { name: 'Send meldingen' }));

    const receipt = await screen.findByRole('heading', { level: 2, name: 'Meldingen er mottatt' });
    expect(receipt).toHaveFocus();
    expect(screen.getByText('Koordinerende enhet har mottatt meldingen om Sofie Berg. Journalnummeret er 2026/0215.')).toBeInTheDocument();
    expect(sent[0]!.input).toEqual({
      personId: PERSON_IDS.sofie,
      sourceKind: 'RELATIVE',
      sourceName: 'Eva Berg',
      sourceOrganisation: null,
      reporterCapacity: 'Mor',
      sourceUnitId: null,
      channel: 'ORAL',
      requested: 'COORDINATOR',
      needDescription: 'Flere tjenester etter utskriving som må samordnes.',
      currentServices: [
        { service: 'Hjemmesykepleie', provider: 'Hjemmetjenesten' },
        { service: 'Psykolog', provider: null },
      ],
      wishedCoordinator: 'Ingrid Solberg',
      wishedUnitId: UNIT_IDS.homeCare,
      consentToRefer: true,
      consentForm: 'ORAL',
      consentDate: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      consentHeardBy: 'Kari Nordmann-Berg',
      isInpatient: true,
      plannedDischargeDate: '2026-12-20',
    });

    expect(screen.getByRole('link', { name: 'Gå til forsiden' })).toHaveAttribute('href', '/');
  });
});

describe('the citizen’s referral', () => {
  const actingForMona = mockResult(
    IntakeActingForQuery,
    {},
    {
      __typename: 'Query',
      actingFor: [
        { __typename: 'PersonRef', id: PERSON_IDS.emil, name: 'Emil Dahl', isSelf: false },
        { __typename: 'PersonRef', id: PERSON_IDS.maja, name: 'Maja Dahl', isSelf: false },
      ],
    },
  );

  it('is in plain language, for a child of the guardian, and needs the consent ticked', async () => {
    const { mock, sent } = createMock({ data: { ...received, createReferral: { ...received.createReferral, person: { __typename: 'PersonRef', id: PERSON_IDS.maja, name: 'Maja Dahl' } } } });
    const { user } = renderApp({ route: ROUTE, mocks: [mockMe('CITIZEN', { id: 'u-mona', name: 'Mona Dahl' }), actingForMona, mock] });

    expect(await screen.findByRole('heading', { level: 1, name: 'Meld behov for koordinerte tjenester' })).toBeInTheDocument();
    const who = await screen.findByRole('group', { name: 'Hvem gjelder det?' });
    await user.click(within(who).getByRole('radio', { name: 'Maja Dahl' }));
    await user.type(textbox(/^Navnet ditt/), 'Mona Dahl');
    await user.type(textbox(/^Hva trenger du hjelp til/), 'Maja trenger hjelp fra barnehage, fysioterapeut og helsestasjon.');
    await user.click(screen.getByRole('button', { name: 'Send' }));

    expect(await screen.findByRole('checkbox', { name: /Jeg samtykker/ })).toHaveAccessibleDescription(
      expect.stringContaining('Meldingen kan bare sendes når personen (eller foresatte) har samtykket.'),
    );
    expect(sent).toEqual([]);

    await user.click(screen.getByRole('checkbox', { name: /Jeg samtykker/ }));
    await user.click(screen.getByRole('button', { name: 'Send' }));

    expect(await screen.findByRole('heading', { level: 2, name: 'Meldingen er mottatt' })).toBeInTheDocument();
    expect(screen.getByText(/Oppgi journalnummer 2026\/0215 hvis du kontakter oss\./)).toBeInTheDocument();
    expect(sent[0]!.input).toMatchObject({
      personId: PERSON_IDS.maja,
      sourceKind: 'RELATIVE',
      sourceName: 'Mona Dahl',
      channel: 'ELECTRONIC',
      consentToRefer: true,
      consentForm: 'WRITTEN',
      currentServices: [],
    });
  });

  it('reports as the person for themselves, in English for an English user', async () => {
    const actingForSofie = mockResult(
      IntakeActingForQuery,
      {},
      { __typename: 'Query', actingFor: [{ __typename: 'PersonRef', id: PERSON_IDS.sofie, name: 'Sofie Berg', isSelf: true }] },
    );
    const { mock, sent } = createMock({ data: received });
    const { user } = renderApp({ route: ROUTE, locale: 'en', mocks: [mockMe('CITIZEN'), actingForSofie, mock] });

    expect(await screen.findByRole('heading', { level: 1, name: 'Report a need for coordinated services' })).toBeInTheDocument();
    // Only one person to report for: no choice, and the name is filled in.
    expect(await screen.findByRole('textbox', { name: /^Your name/ })).toHaveValue('Sofie Berg');
    expect(screen.queryByRole('group', { name: 'Who is it about?' })).not.toBeInTheDocument();
    await user.type(textbox(/^What do you need help with/), 'Help from several services after my illness.');
    await user.click(screen.getByRole('checkbox', { name: /I consent/ }));
    await user.click(screen.getByRole('button', { name: 'Send' }));

    expect(await screen.findByRole('heading', { level: 2, name: 'The report has been received' })).toBeInTheDocument();
    expect(sent[0]!.input).toMatchObject({ personId: PERSON_IDS.sofie, sourceKind: 'PERSON', sourceName: 'Sofie Berg' });
  });
});

describe('Mine meldinger', () => {
  it('lists the user’s referrals on the home page, with a link to a new one', async () => {
    const { user, router } = renderApp({
      mocks: [
        mockMe('COORDINATOR'),
        mockResult(MyCaseloadQuery, {}, { __typename: 'Query', myCaseload: [] }),
        mockMySubmittedReferrals([submittedReferral(), submittedReferral({ id: 'r-mine-2', journalNumber: null, status: 'DECIDED', person: { __typename: 'PersonRef', id: 'p-2', name: 'Ola Nilsen' } })]),
        units,
      ],
    });
    const table = await screen.findByRole('table', { name: 'Mine meldinger' });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(3);
    expect(rows[1]).toHaveTextContent('2026/0214');
    expect(rows[1]).toHaveTextContent('Tuva Nilsen');
    expect(rows[1]).toHaveTextContent('Mottatt');
    expect(rows[2]).toHaveTextContent('Ikke satt');
    expect(rows[2]).toHaveTextContent('Avgjort');

    await user.click(screen.getByRole('link', { name: 'Ny melding' }));
    await waitFor(() => expect(router.state.location.pathname).toBe(ROUTE));
    expect(await screen.findByRole('heading', { level: 1, name: 'Ny melding om behov for koordinerte tjenester' })).toBeInTheDocument();
  });
});
