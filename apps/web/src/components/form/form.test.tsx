import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { renderWithProviders, screen, waitFor, within } from '../../test-utils/render';
import { ChoiceGroup, CheckboxField, errorList, FieldIdPrefix, FormErrorSummary, InputField, setApiFieldErrors } from '.';

interface Values {
  name: string;
  kind: string;
  agree: boolean;
}

function Form({ withSummary = false }: { withSummary?: boolean }) {
  const {
    register,
    handleSubmit,
    formState: { errors },
  } = useForm<Values>({ defaultValues: { name: '', kind: '', agree: false }, shouldFocusError: false });
  const [failures, setFailures] = useState(0);
  const onSubmit = handleSubmit(
    () => undefined,
    () => setFailures((n) => n + 1),
  );
  const fields = (
    <>
      {withSummary && <FormErrorSummary errors={errorList(errors)} focusKey={failures} />}
      <InputField label="Navn" description="Slik det står i folkeregisteret." required error={errors.name?.message} {...register('name', { required: 'Fyll inn navnet.' })} />
      <ChoiceGroup
        legend="Hva slags"
        options={[
          { value: 'a', label: 'Den ene' },
          { value: 'b', label: 'Den andre' },
        ]}
        error={errors.kind?.message}
        {...register('kind', { required: 'Velg en.' })}
      />
      <CheckboxField label="Jeg er enig" description="Det må du være." error={errors.agree?.message} {...register('agree', { required: 'Kryss av.' })} />
    </>
  );
  return (
    <form onSubmit={onSubmit} noValidate aria-label="Skjema">
      {withSummary ? <FieldIdPrefix prefix="test">{fields}</FieldIdPrefix> : fields}
      <button type="submit">Send</button>
    </form>
  );
}

describe('the form fields', () => {
  it('tie the label, help text and message to the control, each message read once', async () => {
    const { user } = renderWithProviders(<Form />);
    const name = screen.getByRole('textbox', { name: 'Navn (må fylles ut)' });
    expect(name).toHaveAccessibleDescription('Slik det står i folkeregisteret.');
    await user.click(screen.getByRole('button', { name: 'Send' }));

    expect(await screen.findByText('Fyll inn navnet.')).toBeInTheDocument();
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(name).toHaveAccessibleDescription('Slik det står i folkeregisteret. Fyll inn navnet.');
    const group = screen.getByRole('group', { name: 'Hva slags' });
    expect(group).toHaveAccessibleDescription('Velg en.');
    for (const radio of within(group).getAllByRole('radio')) {
      expect(radio).toHaveAttribute('aria-invalid', 'true');
      expect(radio).toHaveAccessibleDescription('Velg en.');
    }
    const checkbox = screen.getByRole('checkbox', { name: 'Jeg er enig' });
    expect(checkbox).toHaveAttribute('aria-invalid', 'true');
    expect(checkbox).toHaveAccessibleDescription('Det må du være. Kryss av.');

    // A message that goes is no longer read.
    await user.type(name, 'Ola');
    await user.click(within(group).getByRole('radio', { name: 'Den andre' }));
    await waitFor(() => expect(name).toHaveAccessibleDescription('Slik det står i folkeregisteret.'));
    expect(within(group).getByRole('radio', { name: 'Den ene' })).not.toHaveAttribute('aria-describedby');
  });

  it('take ids from React, so two copies of a form on a page do not collide', () => {
    renderWithProviders(
      <>
        <Form />
        <Form />
      </>,
    );
    const ids = screen.getAllByRole('textbox', { name: /^Navn/ }).map((input) => input.id);
    expect(new Set(ids).size).toBe(2);
  });

  it('take ids from their names inside a FieldIdPrefix, for the error summary, which gets the focus', async () => {
    const { user } = renderWithProviders(<Form withSummary />);
    expect(screen.getByRole('textbox', { name: /^Navn/ })).toHaveAttribute('id', 'test-name');
    await user.click(screen.getByRole('button', { name: 'Send' }));

    const heading = await screen.findByText('Rett opp dette før du sender:');
    const summary = heading.closest('ds-error-summary, .ds-error-summary') as HTMLElement;
    await waitFor(() => expect(summary).toHaveFocus());
    expect(within(summary).getByRole('link', { name: 'Fyll inn navnet.' })).toHaveAttribute('href', '#test-name');
    expect(within(summary).getByRole('link', { name: 'Velg en.' })).toHaveAttribute('href', '#test-kind');
    expect(document.getElementById('test-kind')).toHaveAccessibleName('Den ene');
  });
});

describe('setApiFieldErrors', () => {
  const failure = new CombinedGraphQLErrors({
    errors: [
      {
        message: 'Noe av det du fylte inn, er ikke gyldig.',
        extensions: {
          code: 'BAD_USER_INPUT',
          fields: [
            { field: 'input.name', message: 'For langt.' },
            { field: 'kind', message: 'Ukjent.' },
            { field: 'other', message: 'Ikke i skjemaet.' },
          ],
        },
      },
    ],
  });

  it('puts the messages on the named fields, without the input. prefix, and returns the rest', () => {
    const setError = jest.fn();
    expect(setApiFieldErrors<Values>(failure, setError, ['name', 'kind'])).toEqual({ placed: true, unplaced: [{ field: 'other', message: 'Ikke i skjemaet.' }] });
    expect(setError.mock.calls).toEqual([
      ['name', { type: 'server', message: 'For langt.' }],
      ['kind', { type: 'server', message: 'Ukjent.' }],
    ]);
  });

  it('names the fields by a function, and places nothing for an error without fields', () => {
    const setError = jest.fn();
    expect(setApiFieldErrors<Values>(failure, setError, (field) => (field === 'other' ? 'agree' : null)).placed).toBe(true);
    expect(setError).toHaveBeenCalledWith('agree', { type: 'server', message: 'Ikke i skjemaet.' });
    expect(setApiFieldErrors<Values>(new Error('network'), setError, ['name'])).toEqual({ placed: false, unplaced: [] });
  });
});
