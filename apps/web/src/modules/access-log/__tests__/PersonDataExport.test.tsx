import { act } from 'react';
import { setLocale } from '../../../i18n';
import { renderWithProviders, screen } from '../../../test-utils/render';
import { PersonDataExport } from '../components/PersonDataExport';

const SOFIE = { id: '5b0c6a3e-2f4d-4a8e-9c1b-7d3e2f1a0b9c', isSelf: true, firstName: 'Sofie' };

describe('PersonDataExport', () => {
  afterEach(async () => {
    await act(() => setLocale('nb'));
  });

  it("links the person's own copy as PDF in the chosen language and as JSON", async () => {
    renderWithProviders(<PersonDataExport person={SOFIE} />);
    expect(screen.getByRole('heading', { name: 'Last ned alle opplysningene dine' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Last ned som PDF' })).toHaveAttribute('href', `/api/persons/${SOFIE.id}/export.pdf?lang=nb`);
    expect(screen.getByRole('link', { name: 'Last ned som fil (JSON)' })).toHaveAttribute('href', `/api/persons/${SOFIE.id}/export.json`);
    await act(() => setLocale('en'));
    expect(screen.getByRole('link', { name: 'Download as PDF' })).toHaveAttribute('href', `/api/persons/${SOFIE.id}/export.pdf?lang=en`);
  });

  it('names the child when a guardian acts for them', () => {
    renderWithProviders(<PersonDataExport person={{ ...SOFIE, isSelf: false, firstName: 'Emil' }} />);
    expect(screen.getByRole('heading', { name: 'Last ned alle opplysningene om Emil' })).toBeInTheDocument();
  });
});
