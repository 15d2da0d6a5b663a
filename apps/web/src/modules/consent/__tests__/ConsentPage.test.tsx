import { osloToday } from '@samhandling/shared';
import { mockMe } from '../../../test-utils/fixtures';
import { fireEvent, jsonResponse, mockGraphQLError, mockResult, renderApp, screen, waitFor, within, type RenderOptions } from '../../../test-utils/render';
import { RegisterConsentMutation } from '../graphql/consent';
import {
  consentsMock,
  GOAL_ID,
  GUARDIAN_ID,
  PERSON_ID,
  personMock,
  planContextMock,
  staffConsent,
  unitsMock,
  UNIT_ID,
} from './consent.fixtures';

const route = `/samtykke/${PERSON_ID}`;
const today = osloToday();

/** The coordinator of the person, with the plan, the units and what else the test needs. */
const coordinator = (...mocks: NonNullable<RenderOptions['mocks']>) => [mockMe('COORDINATOR'), personMock(), planContextMock(), unitsMock, ...mocks];

const exchangeInput = {
  personId: PERSON_ID,
  scope: 'INFORMATION_EXCHANGE' as const,
  form: 'WRITTEN' as const,
  givenAt: today,
  givenByRelativeId: null,
  heardAt: null,
  youngPersonView: null,
  youngPersonAgrees: null,
  periodStart: null,
  periodEnd: null,
  informedOfComposition: false,
  informedOfWayOfWorking: false,
  informedOfInformationExchange: false,
  documentReference: 'Arkiv 2025/14',
  restrictions: [
    { kind: 'PROFESSIONAL_ENVIRONMENT' as const, description: 'Ikke til fysioterapeuten.', lifeArea: null, goalId: null, subPlanId: null, unitId: UNIT_ID, organisation: null },
  ],
};

const registeredExchange = staffConsent({
  id: 'c-new',
  scope: 'INFORMATION_EXCHANGE',
  givenAt: `${today}T00:00:00.000Z`,
  periodStart: null,
  documentReference: 'Arkiv 2025/14',
  registeredByName: 'Ingrid Solberg',
  pdfUrl: '/api/consents/c-new/pdf',
  restrictions: [
    {
      __typename: 'ConsentRestrictionView',
      kind: 'PROFESSIONAL_ENVIRONMENT',
      description: 'Ikke til fysioterapeuten.',
      lifeArea: null,
      goalId: null,
      subPlanId: null,
      unitName: 'Fysio- og ergoterapi',
      organisation: null,
    },
  ],
});

/** Fills the form for a written consent to information exchange with one restriction on a unit. */
async function fillExchange(user: ReturnType<typeof renderApp>['user']) {
  await user.click(await screen.findByRole('radio', { name: 'Utveksling av opplysninger' }));
  await user.click(screen.getByRole('radio', { name: 'Skriftlig' }));
  await user.type(screen.getByLabelText(/Dokumentreferanse/), 'Arkiv 2025/14');
  await user.click(screen.getByRole('button', { name: 'Legg til begrensning' }));
  await user.click(screen.getByRole('radio', { name: 'Et fagmiljø (enhet eller organisasjon)' }));
  await user.type(screen.getByLabelText(/Beskrivelse, slik personen sa det/), 'Ikke til fysioterapeuten.');
  await user.selectOptions(screen.getByRole('combobox', { name: /Enhet eller organisasjon/ }), `unit:${UNIT_ID}`);
}

afterEach(() => {
  delete (globalThis as { fetch?: unknown }).fetch;
});

describe('ConsentPage', () => {
  it("lists the person's consents in force first, with who gave them, the period, restrictions in words, the signed form and the PDF copy", async () => {
    const consents = [
      staffConsent({ id: 'c-old', scope: 'RESPONSIBILITY_GROUP', withdrawnAt: '2025-02-01T10:00:00.000Z', pdfUrl: '/api/consents/c-old/pdf' }),
      staffConsent({
        id: 'c-oral',
        scope: 'INFORMATION_EXCHANGE',
        form: 'ORAL',
        givenByName: 'Anne Sørensen',
        heardAt: '2025-01-10T12:30:00.000Z',
        heardByName: 'Ingrid Solberg',
        periodStart: '2025-01-10',
        periodEnd: '2099-12-31',
        pdfUrl: '/api/consents/c-oral/pdf',
        restrictions: [
          { __typename: 'ConsentRestrictionView', kind: 'MATTER', description: 'Om jobbsøkingen.', lifeArea: null, goalId: GOAL_ID, subPlanId: null, unitName: 'Hjemmetjenesten', organisation: null },
        ],
      }),
      staffConsent({
        id: 'c-written',
        document: { __typename: 'ConsentDocumentView', fileName: 'samtykke.pdf', mediaType: 'application/pdf', byteSize: 24_576, url: '/api/consents/c-written/document', uploadedAt: '2025-01-11T10:00:00.000Z' },
        pdfUrl: '/api/consents/c-written/pdf',
      }),
    ];
    renderApp({ route, mocks: coordinator(consentsMock(consents)) });
    expect(await screen.findByRole('heading', { level: 1, name: 'Samtykker for Linda Sørensen' })).toBeInTheDocument();
    const list = screen.getByRole('region', { name: 'Registrerte samtykker' });
    const cards = await within(list).findAllByTestId(/^staff-consent-/);
    expect(cards.map((card) => card.dataset.testid)).toEqual(['staff-consent-c-oral', 'staff-consent-c-written', 'staff-consent-c-old']);
    const [oral, written, old] = cards as [HTMLElement, HTMLElement, HTMLElement];
    expect(oral).toHaveTextContent('Gitt 10. jan. 2025 av Anne Sørensen, for Linda Sørensen');
    expect(oral).toHaveTextContent('Muntlig samtykke tatt imot av Ingrid Solberg 10. jan. 2025 kl. 13:30');
    expect(oral).toHaveTextContent('Gjelder fra 10. jan. 2025 til og med 31. des. 2099');
    expect(oral).toHaveTextContent('Ingenting om målet «Komme i arbeid» til Hjemmetjenesten. Om jobbsøkingen.');
    expect(within(oral).getByRole('link', { name: 'Personens kopi (PDF): Utveksling av opplysninger' })).toHaveAttribute('href', '/api/consents/c-oral/pdf?lang=nb');
    expect(within(oral).queryByRole('form')).toBeNull();
    expect(within(written).getByRole('link', { name: 'Signert skjema: samtykke.pdf (24 kB)' })).toHaveAttribute('href', '/api/consents/c-written/document');
    expect(within(written).getByLabelText(/Nytt signert skjema/)).toBeInTheDocument();
    expect(old).toHaveTextContent('Trukket tilbake 1. feb. 2025');
    expect(within(old).queryByRole('button')).toBeNull();
  });

  it('says so when nothing is registered', async () => {
    renderApp({ route, mocks: coordinator(consentsMock([])) });
    expect(await screen.findByText('Det er ikke registrert noen samtykker for personen.')).toBeInTheDocument();
  });

  it("puts the server's messages on the fields they name", async () => {
    const refused = mockGraphQLError(
      RegisterConsentMutation,
      { input: exchangeInput },
      {
        code: 'BAD_USER_INPUT',
        message: 'Noe er ikke fylt ut riktig.',
        fields: [
          { field: 'input.restrictions.0.unitId', message: 'Velg en enhet i kommunen.' },
          { field: 'input.documentReference', message: 'Teksten kan ha høyst 200 tegn.' },
        ],
      },
    );
    const { user } = renderApp({ route, mocks: coordinator(consentsMock([]), refused) });
    await fillExchange(user);
    await user.click(screen.getByRole('button', { name: 'Registrer samtykket' }));
    await waitFor(() => expect(screen.getByRole('combobox', { name: /Enhet eller organisasjon/ })).toHaveAccessibleDescription('Velg en enhet i kommunen.'));
    expect(screen.getByLabelText(/Dokumentreferanse/)).toHaveAccessibleDescription(expect.stringContaining('Teksten kan ha høyst 200 tegn.'));
    expect(screen.getByText('Rett opp dette før du sender:')).toBeInTheDocument();
  });

  it("shows the server's refusal of an overlapping consent", async () => {
    const message = 'Personen har allerede et samtykke av denne typen for perioden (gitt 2025-01-10). Trekk det tilbake først, eller la det nye gjelde fra dagen etter at det gamle slutter.';
    const refused = mockGraphQLError(RegisterConsentMutation, { input: exchangeInput }, { code: 'CONFLICT', message });
    const { user } = renderApp({ route, mocks: coordinator(consentsMock([]), refused) });
    await fillExchange(user);
    await user.click(screen.getByRole('button', { name: 'Registrer samtykket' }));
    expect(await screen.findByText(message)).toBeInTheDocument();
  });

  it('registers a written consent with a restriction, lists it, and checks the signed form in the browser before the server refuses or stores it', async () => {
    const registered = mockResult(RegisterConsentMutation, { input: exchangeInput }, { __typename: 'Mutation', registerConsent: registeredExchange });
    const { user } = renderApp({ route, mocks: coordinator(consentsMock([]), registered) });
    await fillExchange(user);
    await user.click(screen.getByRole('button', { name: 'Registrer samtykket' }));
    expect(await screen.findByText('Samtykket til Utveksling av opplysninger er registrert.')).toBeInTheDocument();
    const card = await screen.findByTestId('staff-consent-c-new');
    expect(card).toHaveTextContent('Ingenting til Fysio- og ergoterapi. Ikke til fysioterapeuten.');
    expect(card).toHaveTextContent('Det signerte skjemaet er ikke lastet opp.');
    // The form starts again empty.
    expect(screen.getByRole('radio', { name: 'Utveksling av opplysninger' })).not.toBeChecked();

    const fetchMock = jest.fn();
    globalThis.fetch = fetchMock as unknown as typeof fetch;
    const upload = screen.getByRole('form', { name: 'Last opp signert skjema for samtykket til Utveksling av opplysninger' });
    const input = within(upload).getByLabelText(/Signert skjema/) as HTMLInputElement;
    const send = within(upload).getByRole('button', { name: /Last opp/ });

    // Nothing chosen, the wrong type, too large: refused here, nothing sent.
    await user.click(send);
    expect(input).toHaveAccessibleDescription(expect.stringContaining('Velg filen med det signerte skjemaet.'));
    fireEvent.change(input, { target: { files: [new File(['hei'], 'notat.txt', { type: 'text/plain' })] } });
    expect(input).toHaveAccessibleDescription(expect.stringContaining('Filen må være en PDF, PNG eller JPEG.'));
    await user.click(send);
    const big = new File(['%PDF-1.4'], 'stor.pdf', { type: 'application/pdf' });
    Object.defineProperty(big, 'size', { value: 11 * 1024 * 1024 });
    fireEvent.change(input, { target: { files: [big] } });
    expect(input).toHaveAccessibleDescription(expect.stringContaining('Filen er for stor. Den kan være høyst 10 MB.'));
    await user.click(send);
    expect(fetchMock).not.toHaveBeenCalled();

    // The server's message when it refuses the file.
    const pdf = new File(['%PDF-1.4\n%âãÏÓ\n'], 'signert.pdf', { type: 'application/pdf' });
    const mismatch = 'Innholdet i filen er ikke en PDF, som filtypen sier. Last opp den signerte erklæringen som PDF, PNG eller JPEG.';
    fetchMock.mockResolvedValueOnce(jsonResponse({ errors: [{ message: mismatch, extensions: { code: 'BAD_REQUEST' } }] }, 415));
    fireEvent.change(input, { target: { files: [pdf] } });
    await user.click(send);
    expect(await within(upload).findByRole('alert')).toHaveTextContent(mismatch);

    // Stored: the card links the signed form.
    fetchMock.mockResolvedValueOnce(
      jsonResponse({
        consent: {
          id: 'c-new',
          document: { fileName: 'signert.pdf', mediaType: 'application/pdf', byteSize: 2048, sha256: 'ab', url: '/api/consents/c-new/document', uploadedAt: '2025-03-01T10:00:00.000Z' },
        },
      }, 201),
    );
    await user.click(send);
    expect(await within(upload).findByText('signert.pdf er lastet opp.')).toBeInTheDocument();
    const [url, init] = fetchMock.mock.calls.at(-1) as [string, RequestInit];
    expect(url).toBe('/api/consents/c-new/document?fileName=signert.pdf');
    expect(init).toMatchObject({ method: 'POST', credentials: 'same-origin', body: pdf });
    expect((init.headers as Record<string, string>)['Content-Type']).toBe('application/pdf');
    expect(await within(screen.getByTestId('staff-consent-c-new')).findByRole('link', { name: 'Signert skjema: signert.pdf (2 kB)' })).toHaveAttribute(
      'href',
      '/api/consents/c-new/document',
    );
  });

  it("asks for the young person's view when a guardian consents for a 16- or 17-year-old, and when an oral consent was given", async () => {
    const { user } = renderApp({ route, mocks: [mockMe('COORDINATOR'), personMock(16, 'Linda Sørensen', [{ id: GUARDIAN_ID, name: 'Anne Sørensen' }]), planContextMock(), unitsMock, consentsMock([])] });
    await user.click(await screen.findByRole('radio', { name: 'Individuell plan' }));
    await user.click(screen.getByRole('radio', { name: 'Muntlig' }));
    await user.selectOptions(screen.getByRole('combobox', { name: /Hvem samtykket/ }), GUARDIAN_ID);
    await user.click(screen.getByRole('button', { name: 'Registrer samtykket' }));
    expect(await screen.findByLabelText(/Den unges egen mening/)).toHaveAccessibleDescription(
      expect.stringContaining('Personen er 16 eller 17 år. Når en foresatt samtykker, må den unges egen mening registreres.'),
    );
    expect(screen.getByLabelText(/Klokkeslett samtykket ble gitt/)).toHaveAccessibleDescription(expect.stringContaining('Skriv når det muntlige samtykket ble gitt.'));
  });

  it('does not let a child under 16 consent alone', async () => {
    const { user } = renderApp({ route, mocks: [mockMe('COORDINATOR'), personMock(12), planContextMock(), unitsMock, consentsMock([])] });
    await user.click(await screen.findByRole('radio', { name: 'Individuell plan' }));
    await user.click(screen.getByRole('radio', { name: 'Skriftlig' }));
    await user.click(screen.getByRole('button', { name: 'Registrer samtykket' }));
    const givenBy = await screen.findByRole('combobox', { name: /Hvem samtykket/ });
    expect(givenBy).toHaveAccessibleDescription(expect.stringContaining('Personen er under 16 år og kan ikke samtykke alene.'));
    expect(givenBy).toHaveAccessibleDescription(expect.stringContaining('Personen har ingen registrerte verger eller foresatte.'));
  });

  it('asks for the three things the person was told before a written group consent', async () => {
    const { user } = renderApp({ route, mocks: coordinator(consentsMock([])) });
    await user.click(await screen.findByRole('radio', { name: 'Ansvarsgruppe' }));
    await user.click(screen.getByRole('radio', { name: 'Skriftlig' }));
    await user.click(screen.getByRole('button', { name: 'Registrer samtykket' }));
    const told = await screen.findByRole('group', { name: /Hva personen er informert om/ });
    expect(within(told).getAllByText('Personen skal være informert om dette før et skriftlig samtykke til ansvarsgruppe.')).toHaveLength(3);
  });

  it('lets KE register without the plan: a guardian may consent, and restrictions name life areas and units', async () => {
    const { user } = renderApp({ route, mocks: [mockMe('SYSTEM_COORDINATOR'), personMock(12, 'Linda Sørensen', [{ id: GUARDIAN_ID, name: 'Anne Sørensen' }]), unitsMock, consentsMock([])] });
    await user.click(await screen.findByRole('radio', { name: 'Utveksling av opplysninger' }));
    await user.click(screen.getByRole('button', { name: 'Legg til begrensning' }));
    const matter = screen.getByRole('combobox', { name: /Livsområde, mål eller delplan/ });
    expect(within(matter).getAllByRole('option').map((option) => option.textContent)).toContain('Livsområde: Økonomi');
    expect(within(matter).queryByRole('option', { name: /^Mål:/ })).toBeNull();
    expect(within(screen.getByRole('combobox', { name: /Hvem samtykket/ })).getAllByRole('option').map((option) => option.textContent)).toContain('Anne Sørensen (verge eller foresatt)');
  });

  it('shows "not found" for an id that is not one', async () => {
    renderApp({ route: '/samtykke/ikke-en-id', mocks: [mockMe('COORDINATOR')] });
    expect(await screen.findByRole('heading', { level: 1, name: 'Fant ikke siden' })).toBeInTheDocument();
  });
});
