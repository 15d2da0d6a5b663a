// The decision letter as the person receives it: rendered to PDF, then read back with a PDF parser
// (pdf.js underneath), so the assertions are about the text a reader sees.
import { expectPdfA, readPdf } from '../../test-support/pdf';
import { DecisionLetterError, renderDecisionLetter, type DecisionLetter } from './decision-letter';

const NATIONAL_ID = '04056112345';

function grant(overrides: Partial<DecisionLetter> = {}): DecisionLetter {
  return {
    language: 'nb',
    municipalityName: 'Fjordvik kommune',
    unit: { name: 'Koordinerende enhet', addressLines: ['Postboks 123', '6001 Fjordvik'] },
    journalNumber: '2026/1234',
    decisionDate: '2026-11-23',
    person: { name: 'Åse Ærlig Øvrebø', dateOfBirth: '1961-05-04', addressLines: ['Bjørkeveien 7', '6005 Fjordvik'] },
    requested: 'BOTH',
    outcome: 'GRANTED',
    grants: { coordinator: true, individualPlan: true, childCoordinator: false },
    criteria: { longTermNeed: true, coordinatedServices: true },
    reasons: null,
    appeal: null,
    decidedBy: { name: 'Sofie Berg', title: 'Systemkoordinator' },
    ...overrides,
  };
}

const APPEAL = {
  deadline: '2026-12-21',
  sendTo: 'Koordinerende enhet, Postboks 123, 6001 Fjordvik',
  text: 'Klagen skal være skriftlig. Fjordvik kommune hjelper deg gjerne med å skrive klagen.',
};

function denial(overrides: Partial<DecisionLetter> = {}): DecisionLetter {
  return grant({
    outcome: 'DENIED',
    grants: { coordinator: false, individualPlan: false, childCoordinator: false },
    criteria: { longTermNeed: false, coordinatedServices: true },
    reasons: 'Behovet for tjenester ventes å vare bare noen uker etter operasjonen; det er ikke langvarig.',
    appeal: APPEAL,
    ...overrides,
  });
}

describe('the decision letter', () => {
  it('is a PDF/A document titled in the letter\'s language', async () => {
    const pdf = await renderDecisionLetter(grant());
    expectPdfA(pdf);
    expect((await readPdf(pdf)).title).toBe('Vedtak om individuell plan og koordinator');
    expect((await readPdf(await renderDecisionLetter(grant({ language: 'nn' })))).title).toBe('Avgjerd om IP/koordinator');
  });

  it('grants in bokmål: municipality, reference, date, the person, what is granted, what happens next', async () => {
    const { text } = await readPdf(await renderDecisionLetter(grant({ appeal: APPEAL })));
    for (const expected of [
      'Fjordvik kommune',
      'Koordinerende enhet',
      'Postboks 123',
      'Vår referanse: 2026/1234',
      'Dato: 23. november 2026',
      'Bjørkeveien 7',
      'Vedtak om individuell plan og koordinator',
      'Gjelder: Åse Ærlig Øvrebø, født 4. mai 1961',
      'Koordinerende enhet i Fjordvik kommune har behandlet meldingen om behov for koordinerte tjenester',
      'Åse Ærlig Øvrebø får innvilget: Koordinator Individuell plan',
      'Behov for langvarige tjenester: oppfylt',
      'Behov for koordinerte tjenester: oppfylt',
      'Hva skjer nå',
      'Koordinerende enhet oppnevner en koordinator',
      'Den individuelle planen lages sammen med deg.',
      'helse- og omsorgstjenesteloven §§ 7-1 og 7-2, pasient- og brukerrettighetsloven § 2-5',
      // A grant is an individual decision too: when the appeal information is given, it is shown.
      'Fristen for å klage er 21. desember 2026. Send klagen til Koordinerende enhet, Postboks 123, 6001 Fjordvik.',
      'Med vennlig hilsen Sofie Berg Systemkoordinator',
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).toMatch(/Side 1 av [12]/);
    expect(text).not.toContain('avslag');
    expect(text).not.toContain('Ikke innvilget');
    expect(text).not.toContain('Begrunnelse');
    expect(text).not.toContain('Barnekoordinator');
  });

  it('grants in nynorsk, with every fixed text in nynorsk', async () => {
    const { text } = await readPdf(await renderDecisionLetter(grant({ language: 'nn' })));
    for (const expected of [
      'Avgjerd om IP/koordinator',
      'Gjeld: Åse Ærlig Øvrebø, fødd 4. mai 1961',
      'har handsama meldinga om behov for koordinerte tenester',
      'Åse Ærlig Øvrebø får innvilga: Koordinator Individuell plan',
      'Behov for langvarige tenester: oppfylt',
      'Kva skjer no',
      'Den individuelle planen blir laga saman med deg.',
      'helse- og omsorgstenestelova §§ 7-1 og 7-2, pasient- og brukarrettslova § 2-5',
      'Med venleg helsing',
      'Dato: 23. november 2026',
    ]) {
      expect(text).toContain(expected);
    }
    for (const bokmål of ['Gjelder:', 'født', 'Hva skjer nå', 'Med vennlig hilsen', 'tjenester']) expect(text).not.toContain(bokmål);
    // No appeal information given with this grant: no appeal section.
    expect(text).not.toContain('Du kan klage');
  });

  it('denies in bokmål with the reasons, the criteria not met and the appeal information', async () => {
    const { text } = await readPdf(await renderDecisionLetter(denial()));
    for (const expected of [
      'Åse Ærlig Øvrebø får avslag på koordinator og individuell plan.',
      'Behov for langvarige tjenester: ikke oppfylt',
      'Behov for koordinerte tjenester: oppfylt',
      'Begrunnelse',
      'Behovet for tjenester ventes å vare bare noen uker etter operasjonen; det er ikke langvarig.',
      'Du kan klage',
      'Fristen for å klage er 21. desember 2026. Send klagen til Koordinerende enhet, Postboks 123, 6001 Fjordvik.',
      'Klagen skal være skriftlig. Fjordvik kommune hjelper deg gjerne med å skrive klagen.',
      'pasient- og brukerrettighetsloven kapittel 7 og forvaltningsloven kapittel VI',
      'Du har rett til å se dokumentene i saken, jf. forvaltningsloven §§ 18 og 19.',
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).not.toContain('innvilget');
    expect(text).not.toContain('Hva skjer nå');
  });

  it('denies in nynorsk', async () => {
    const { text } = await readPdf(
      await renderDecisionLetter(
        denial({
          language: 'nn',
          requested: 'INDIVIDUAL_PLAN',
          reasons: 'Du får i dag berre éi teneste frå kommunen, og ho treng ikkje samordnast med andre.',
          criteria: { longTermNeed: true, coordinatedServices: false },
          appeal: { ...APPEAL, text: 'Klaga skal vere skriftleg. Du kan få hjelp av kommunen til å skrive henne.' },
        }),
      ),
    );
    for (const expected of [
      'Avgjerd om IP/koordinator',
      'Åse Ærlig Øvrebø får avslag på individuell plan.',
      'Behov for koordinerte tenester: ikkje oppfylt',
      'Grunngiving',
      'Du får i dag berre éi teneste frå kommunen, og ho treng ikkje samordnast med andre.',
      'Fristen for å klage er 21. desember 2026. Send klaga til Koordinerende enhet, Postboks 123, 6001 Fjordvik.',
      'Klaga skal vere skriftleg. Du kan få hjelp av kommunen til å skrive henne.',
      'Du har rett til å sjå dokumenta i saka, jf. forvaltningslova §§ 18 og 19.',
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).not.toContain('Begrunnelse');
    expect(text).not.toContain('Kva skjer no');
  });

  it('refuses to write a denial without reasons or without appeal information', async () => {
    for (const reasons of [null, undefined, '', '   \n ']) {
      const error = await renderDecisionLetter(denial({ reasons })).then(() => null, (thrown: unknown) => thrown);
      expect(error).toBeInstanceOf(DecisionLetterError);
      expect(error).toMatchObject({ problem: 'reasons', extensions: { code: 'BAD_USER_INPUT' } });
    }
    for (const appeal of [null, { ...APPEAL, sendTo: ' ' }, { ...APPEAL, text: '' }]) {
      await expect(renderDecisionLetter(denial({ appeal }))).rejects.toMatchObject({ problem: 'appeal' });
    }
  });

  it('treats a grant of less than was asked for as partly a refusal: reasons and appeal required, the refusal named', async () => {
    const partly = grant({ grants: { coordinator: true, individualPlan: false, childCoordinator: false } });
    await expect(renderDecisionLetter(partly)).rejects.toMatchObject({ problem: 'reasons' });
    await expect(renderDecisionLetter({ ...partly, reasons: 'Personen ønsker ikke en plan nå.' })).rejects.toMatchObject({ problem: 'appeal' });

    const { text } = await readPdf(await renderDecisionLetter({ ...partly, reasons: 'Personen ønsker ikke en plan nå.', appeal: APPEAL }));
    expect(text).toContain('Åse Ærlig Øvrebø får innvilget: Koordinator Ikke innvilget: Individuell plan');
    expect(text).toContain('Personen ønsker ikke en plan nå.');
    expect(text).toContain('Fristen for å klage er 21. desember 2026.');
    // Asked only for a coordinator, and given one: nothing is refused, nothing more is required.
    await expect(renderDecisionLetter({ ...partly, requested: 'COORDINATOR' })).resolves.toBeInstanceOf(Buffer);
  });

  it('refuses an outcome that contradicts what is granted', async () => {
    await expect(renderDecisionLetter(grant({ grants: { coordinator: false, individualPlan: false, childCoordinator: false } }))).rejects.toMatchObject({
      problem: 'outcome',
    });
    await expect(renderDecisionLetter(denial({ grants: { coordinator: true, individualPlan: false, childCoordinator: false } }))).rejects.toMatchObject({
      problem: 'outcome',
    });
  });

  it('never shows the national id, even when the person object carries one', async () => {
    const person = { ...grant().person, nationalId: NATIONAL_ID, fødselsnummer: NATIONAL_ID } as DecisionLetter['person'];
    for (const letter of [grant({ person }), denial({ person, language: 'nn' })]) {
      const pdf = await renderDecisionLetter(letter);
      const { text } = await readPdf(pdf);
      expect(text).toContain('Åse Ærlig Øvrebø');
      expect(text.replace(/\s/g, '')).not.toContain(NATIONAL_ID);
      expect(text).not.toContain('040561');
      expect(pdf.toString('latin1')).not.toContain(NATIONAL_ID);
    }
  });

  it('keeps Norwegian and Sami letters in names and free text', async () => {
    const name = 'Ánde Čuđe-Ŋåmmø Ærøy';
    const { text } = await readPdf(
      await renderDecisionLetter(
        denial({
          person: { name, dateOfBirth: '2001-02-28' },
          reasons: 'Søknaden gjelder ÆØÅ æøå; behovet er dekket av én tjeneste (š ž ŧ).',
          municipalityName: 'Guovdageainnu suohkan – Kautokeino kommune',
        }),
      ),
    );
    expect(text).toContain(`Gjelder: ${name}, født 28. februar 2001`);
    expect(text).toContain('Søknaden gjelder ÆØÅ æøå; behovet er dekket av én tjeneste (š ž ŧ).');
    expect(text).toContain('Guovdageainnu suohkan – Kautokeino kommune');
  });

  it('writes a child coordinator for an unborn child, with § 7-2 a', async () => {
    const { text } = await readPdf(
      await renderDecisionLetter(
        grant({
          language: 'nn',
          person: { name: 'Barn av Kari Nordmann', dateOfBirth: null, expectedBirthDate: '2027-03-15' },
          requested: 'COORDINATOR',
          grants: { coordinator: false, individualPlan: false, childCoordinator: true },
        }),
      ),
    );
    expect(text).toContain('Gjeld: Barn av Kari Nordmann, ufødd barn med termin 15. mars 2027');
    expect(text).toContain('Barn av Kari Nordmann får innvilga: Barnekoordinator');
    expect(text).toContain('§§ 7-1 og 7-2 og § 7-2 a');
    expect(text).toContain('Koordinerande eining oppnemner ein koordinator');
    expect(text).not.toContain('Ikkje innvilga');
  });

  it('flows long reasons onto further pages and numbers every page', async () => {
    const reasons = Array.from({ length: 40 }, (_, i) => `Avsnitt ${i + 1}: vurderingen av behovet for koordinerte tjenester, med opplysninger fra fastlegen og hjemmetjenesten.`).join('\n');
    const { text, pages: { length: pages } } = await readPdf(await renderDecisionLetter(denial({ reasons })));
    expect(pages).toBeGreaterThanOrEqual(2);
    expect(text).toContain('Avsnitt 1: vurderingen');
    expect(text).toContain('Avsnitt 40: vurderingen');
    for (let page = 1; page <= pages; page += 1) expect(text).toContain(`Side ${page} av ${pages}`);
    expect(text).toContain('Fristen for å klage er 21. desember 2026.');
  });
});
