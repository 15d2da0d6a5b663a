// The referral form's fields: Designsystemet's inputs with their label, help text and message
// tied together by ids, so a screen reader reads the message with the field, and the error
// summary can link to the field by its id (fieldId).
import {
  ErrorSummary,
  Field,
  Fieldset,
  Input,
  Label,
  Paragraph,
  Select,
  Textarea,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { useEffect, useRef, type ComponentProps, type ComponentRef, type ReactNode, type Ref } from 'react';
import type { FieldErrors } from 'react-hook-form';
import { useT } from '../../../i18n';

/** The element id of a form field by its name (`newPerson.firstName` → `referral-newPerson-firstName`). */
export const fieldId = (name: string) => `referral-${name.replace(/\./g, '-')}`;

const describedBy = (...ids: Array<string | false | undefined>) => ids.filter(Boolean).join(' ') || undefined;

interface FieldBase {
  /** The form's name of the field (react-hook-form's `register` gives it). */
  name: string;
  label: string;
  description?: ReactNode;
  error?: string;
  required?: boolean;
}

function FieldLabel({ htmlFor, label, required }: { htmlFor: string; label: string; required?: boolean }) {
  const t = useT();
  return (
    <Label htmlFor={htmlFor}>
      {label}
      {required && <span className="app-muted"> {t('web.intake.required')}</span>}
    </Label>
  );
}

type InputFieldProps = FieldBase & Omit<ComponentProps<typeof Input>, 'name' | 'id'> & { ref?: Ref<HTMLInputElement> };

/** A text or date input with its label, help and message. */
export function InputField({ name, label, description, error, required, ref, ...input }: InputFieldProps) {
  const id = fieldId(name);
  return (
    <div className="app-field">
      <FieldLabel htmlFor={id} label={label} required={required} />
      {description && (
        <Paragraph data-size="sm" id={`${id}-description`} className="app-muted">
          {description}
        </Paragraph>
      )}
      <Input
        {...input}
        ref={ref}
        id={id}
        name={name}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(description ? `${id}-description` : undefined, error && `${id}-error`)}
      />
      {error && <ValidationMessage id={`${id}-error`}>{error}</ValidationMessage>}
    </div>
  );
}

type TextareaFieldProps = FieldBase & Omit<ComponentProps<typeof Textarea>, 'name' | 'id'> & { ref?: Ref<HTMLTextAreaElement> };

export function TextareaField({ name, label, description, error, required, ref, ...textarea }: TextareaFieldProps) {
  const id = fieldId(name);
  return (
    <div className="app-field">
      <FieldLabel htmlFor={id} label={label} required={required} />
      {description && (
        <Paragraph data-size="sm" id={`${id}-description`} className="app-muted">
          {description}
        </Paragraph>
      )}
      <Textarea
        {...textarea}
        ref={ref}
        id={id}
        name={name}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(description ? `${id}-description` : undefined, error && `${id}-error`)}
      />
      {error && <ValidationMessage id={`${id}-error`}>{error}</ValidationMessage>}
    </div>
  );
}

type SelectFieldProps = FieldBase &
  Omit<ComponentProps<typeof Select>, 'name' | 'id' | 'children'> & {
    options: Array<{ value: string; label: string }>;
    ref?: Ref<HTMLSelectElement>;
  };

export function SelectField({ name, label, description, error, required, options, ref, ...select }: SelectFieldProps) {
  const id = fieldId(name);
  return (
    <div className="app-field">
      <FieldLabel htmlFor={id} label={label} required={required} />
      {description && (
        <Paragraph data-size="sm" id={`${id}-description`} className="app-muted">
          {description}
        </Paragraph>
      )}
      <Select
        {...select}
        ref={ref}
        id={id}
        name={name}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(description ? `${id}-description` : undefined, error && `${id}-error`)}
      >
        {options.map((option) => (
          <Select.Option key={option.value} value={option.value}>
            {option.label}
          </Select.Option>
        ))}
      </Select>
      {error && <ValidationMessage id={`${id}-error`}>{error}</ValidationMessage>}
    </div>
  );
}

type ChoiceInputProps = Omit<ComponentProps<typeof Input>, 'type' | 'id'> & { ref?: Ref<HTMLInputElement> };

/**
 * One group of radio buttons, with its legend and message. `register` gives each radio the
 * same registration; the first radio carries the group's id, for the error summary's link.
 */
export function RadioGroupField({
  name,
  legend,
  description,
  error,
  required,
  options,
  input,
}: {
  name: string;
  legend: string;
  description?: ReactNode;
  error?: string;
  required?: boolean;
  options: Array<{ value: string; label: ReactNode }>;
  input: ChoiceInputProps;
}) {
  const t = useT();
  const id = fieldId(name);
  return (
    <Fieldset aria-describedby={describedBy(description ? `${id}-description` : undefined, error && `${id}-error`)}>
      <Fieldset.Legend>
        {legend}
        {required && <span className="app-muted"> {t('web.intake.required')}</span>}
      </Fieldset.Legend>
      {description && <Fieldset.Description id={`${id}-description`}>{description}</Fieldset.Description>}
      {options.map((option, index) => {
        const optionId = index === 0 ? id : `${id}-${option.value}`;
        return (
          <Field key={option.value}>
            <Input {...input} type="radio" id={optionId} value={option.value} aria-invalid={error ? true : undefined} />
            <Label htmlFor={optionId} weight="regular">
              {option.label}
            </Label>
          </Field>
        );
      })}
      {error && <ValidationMessage id={`${id}-error`}>{error}</ValidationMessage>}
    </Fieldset>
  );
}

/** A single checkbox with its label, help and message. */
export function CheckboxField({
  name,
  label,
  description,
  error,
  input,
}: {
  name: string;
  label: string;
  description?: ReactNode;
  error?: string;
  input: ChoiceInputProps;
}) {
  const id = fieldId(name);
  return (
    <Field>
      <Input
        {...input}
        type="checkbox"
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(description ? `${id}-description` : undefined, error && `${id}-error`)}
      />
      <Label htmlFor={id} weight="regular">
        {label}
      </Label>
      {description && (
        <div data-field="description" id={`${id}-description`}>
          {description}
        </div>
      )}
      {error && <ValidationMessage id={`${id}-error`}>{error}</ValidationMessage>}
    </Field>
  );
}

/** Every message of a form's errors, by field name, in the order of the form's values. */
export function errorList(errors: FieldErrors, prefix = ''): Array<{ name: string; message: string }> {
  return Object.entries(errors).flatMap(([key, value]) => {
    if (!value || typeof value !== 'object') return [];
    const name = prefix ? `${prefix}.${key}` : key;
    const message = (value as { message?: unknown }).message;
    if (typeof message === 'string' && message) return [{ name, message }];
    if (key === 'root') return [];
    return errorList(value as FieldErrors, name);
  });
}

/** The form's errors after a submit, each a link to its field. */
export function FormErrorSummary({ errors, focusKey }: { errors: Array<{ name: string; message: string }>; focusKey: number }) {
  const t = useT();
  const ref = useRef<ComponentRef<typeof ErrorSummary>>(null);
  // Each failed submit moves the focus to the summary, so the keyboard and a screen reader start there.
  useEffect(() => {
    if (focusKey > 0) ref.current?.focus();
  }, [focusKey]);
  if (errors.length === 0) return null;
  return (
    <ErrorSummary ref={ref} tabIndex={-1}>
      <ErrorSummary.Heading>{t('web.intake.errorSummary')}</ErrorSummary.Heading>
      <ErrorSummary.List>
        {errors.map((error) => (
          <ErrorSummary.Item key={error.name}>
            <ErrorSummary.Link href={`#${fieldId(error.name)}`}>{error.message}</ErrorSummary.Link>
          </ErrorSummary.Item>
        ))}
      </ErrorSummary.List>
    </ErrorSummary>
  );
}
