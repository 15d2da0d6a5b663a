// Labelled form fields for the case's forms. Every control has a label tied to it by id (the
// fields work without Designsystemet's page-wide behaviours, as in tests), and its error is
// announced with it (aria-invalid + aria-describedby).
import { Button, Field, Fieldset, Input, Label, Paragraph, Select, Textarea, ValidationMessage } from '@digdir/designsystemet-react';
import { useId, type ReactNode } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { apiErrorInfo, errorCode } from '../../../apollo/errors';
import { ErrorState } from '../../../components/ErrorState';
import { useT } from '../../../i18n';

export interface ChoiceOption {
  value: string;
  label: string;
}

function describedBy(...ids: Array<string | false | undefined>): string | undefined {
  const joined = ids.filter(Boolean).join(' ');
  return joined || undefined;
}

/** One choice among a few (radio buttons) in a fieldset with a legend. */
export function ChoiceFieldset({
  legend,
  description,
  options,
  registration,
  error,
  type = 'radio',
}: {
  legend: string;
  description?: ReactNode;
  options: ChoiceOption[];
  /** For radios one registration; for checkboxes one per option (same order). */
  registration: UseFormRegisterReturn | UseFormRegisterReturn[];
  error?: string;
  type?: 'radio' | 'checkbox';
}) {
  const id = useId();
  const errorId = `${id}-error`;
  const descriptionId = `${id}-description`;
  return (
    <Fieldset>
      <Fieldset.Legend>{legend}</Fieldset.Legend>
      {description ? <Fieldset.Description id={descriptionId}>{description}</Fieldset.Description> : null}
      {options.map((option, index) => {
        const optionId = `${id}-${index}`;
        const register = Array.isArray(registration) ? registration[index]! : registration;
        return (
          <Field key={option.value}>
            <Input
              type={type}
              id={optionId}
              value={type === 'radio' ? option.value : undefined}
              aria-invalid={error ? true : undefined}
              aria-describedby={describedBy(description ? descriptionId : undefined, error ? errorId : undefined)}
              {...register}
            />
            <Label htmlFor={optionId} weight="regular">
              {option.label}
            </Label>
          </Field>
        );
      })}
      {error ? <ValidationMessage id={errorId}>{error}</ValidationMessage> : null}
    </Fieldset>
  );
}

/** A text area, an input (text or date) or a select with its label, a hint and an error. */
export function TextField({
  label,
  hint,
  error,
  registration,
  multiline = false,
  type = 'text',
  max,
}: {
  label: string;
  hint?: string;
  error?: string;
  registration: UseFormRegisterReturn;
  multiline?: boolean;
  type?: 'text' | 'date';
  max?: string;
}) {
  const id = useId();
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const aria = {
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy(hint ? hintId : undefined, error ? errorId : undefined),
  } as const;
  return (
    <div className="app-field">
      <Label htmlFor={id}>{label}</Label>
      {hint ? (
        <Paragraph id={hintId} data-size="sm" className="app-muted">
          {hint}
        </Paragraph>
      ) : null}
      {multiline ? <Textarea id={id} rows={4} {...aria} {...registration} /> : <Input id={id} type={type} max={max} {...aria} {...registration} />}
      {error ? <ValidationMessage id={errorId}>{error}</ValidationMessage> : null}
    </div>
  );
}

export function SelectField({
  label,
  error,
  registration,
  options,
  placeholder,
}: {
  label: string;
  error?: string;
  registration: UseFormRegisterReturn;
  options: ChoiceOption[];
  placeholder: string;
}) {
  const id = useId();
  const errorId = `${id}-error`;
  return (
    <div className="app-field">
      <Label htmlFor={id}>{label}</Label>
      <Select id={id} aria-invalid={error ? true : undefined} aria-describedby={error ? errorId : undefined} {...registration}>
        <Select.Option value="">{placeholder}</Select.Option>
        {options.map((option) => (
          <Select.Option key={option.value} value={option.value}>
            {option.label}
          </Select.Option>
        ))}
      </Select>
      {error ? <ValidationMessage id={errorId}>{error}</ValidationMessage> : null}
    </div>
  );
}

/**
 * The API's field messages (already translated) by the form's field names: `input.reasons`
 * and `reasons` both name the form's `reasons`.
 */
export function serverFieldErrors(error: unknown): Map<string, string> {
  const fields = apiErrorInfo(error)?.fields ?? [];
  return new Map(fields.map((field) => [field.field.replace(/^input\./, ''), field.message]));
}

/** A radio group's value for a tri-state boolean. */
export const fromBoolean = (value: boolean | null | undefined): '' | 'yes' | 'no' => (value === true ? 'yes' : value === false ? 'no' : '');
export const toBoolean = (value: string): boolean | null => (value === 'yes' ? true : value === 'no' ? false : null);

/**
 * A failed save: the API's message; after CONFLICT (someone saved first) a button that loads
 * the latest version, so the form starts again from it.
 */
export function ActionError({ error, onReload, headingLevel = 3 }: { error: unknown; onReload: () => void; headingLevel?: 3 | 4 }) {
  const t = useT();
  return (
    <div className="app-stack">
      <ErrorState error={error} title={t('web.error.actionFailed')} headingLevel={headingLevel} />
      {errorCode(error) === 'CONFLICT' ? (
        <div className="app-actions">
          <Button type="button" variant="secondary" data-size="sm" onClick={onReload}>
            {t('web.form.reload')}
          </Button>
        </div>
      ) : null}
    </div>
  );
}
