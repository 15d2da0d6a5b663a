// The forms' labelled fields: Designsystemet's controls with their label, help text and message
// tied together by ids, so a screen reader reads the message with the field. Each takes
// react-hook-form's registration spread in: `<InputField label={…} {...register('name', rules)} />`.
import { Field, Fieldset, Input, Label, Paragraph, Select, Textarea, ValidationMessage } from '@digdir/designsystemet-react';
import type { ComponentProps, ReactNode, Ref } from 'react';
import { useT } from '../../i18n';
import { useFieldId } from './field-ids';

interface FieldProps {
  /** The form's name of the field (react-hook-form's `register` gives it). */
  name: string;
  label: string;
  description?: ReactNode;
  error?: string;
  /** Marks the label; the rule itself is the form's. */
  required?: boolean;
}

const describedBy = (...ids: Array<string | undefined>) => ids.filter(Boolean).join(' ') || undefined;

/** The ids of a field's control, and of its help text and message when they are shown. */
function useIds(name: string, description: ReactNode, error: string | undefined) {
  const id = useFieldId(name);
  return { id, descriptionId: description ? `${id}-description` : undefined, errorId: error ? `${id}-error` : undefined };
}

function RequiredMark() {
  const t = useT();
  return <span className="app-muted"> {t('web.form.required')}</span>;
}

/** A field's own props, and the rest for its control. */
function splitField<P extends FieldProps>({ name, label, description, error, required, ...control }: P): [FieldProps, Omit<P, keyof FieldProps>] {
  return [{ name, label, description, error, required }, control];
}

interface ControlIds {
  id: string;
  name: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
}

/** A label, help text and message above and below one control, which gets the ids to carry. */
function LabelledControl({ name, label, description, error, required, control }: FieldProps & { control: (ids: ControlIds) => ReactNode }) {
  const { id, descriptionId, errorId } = useIds(name, description, error);
  return (
    <div className="app-field">
      <Label htmlFor={id}>
        {label}
        {required && <RequiredMark />}
      </Label>
      {description && (
        <Paragraph data-size="sm" id={descriptionId} className="app-muted">
          {description}
        </Paragraph>
      )}
      {control({ id, name, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy(descriptionId, errorId) })}
      {error && <ValidationMessage id={errorId}>{error}</ValidationMessage>}
    </div>
  );
}

type InputFieldProps = FieldProps & Omit<ComponentProps<typeof Input>, 'name' | 'id' | 'required'> & { ref?: Ref<HTMLInputElement> };

/** A text, date or other one-line input. */
export function InputField({ ref, ...props }: InputFieldProps) {
  const [field, input] = splitField(props);
  return <LabelledControl {...field} control={(ids) => <Input {...input} {...ids} ref={ref} />} />;
}

type TextareaFieldProps = FieldProps & Omit<ComponentProps<typeof Textarea>, 'name' | 'id' | 'required'> & { ref?: Ref<HTMLTextAreaElement> };

export function TextareaField({ ref, ...props }: TextareaFieldProps) {
  const [field, textarea] = splitField(props);
  return <LabelledControl {...field} control={(ids) => <Textarea {...textarea} {...ids} ref={ref} />} />;
}

type SelectFieldProps = FieldProps &
  Omit<ComponentProps<typeof Select>, 'name' | 'id' | 'required' | 'children'> & {
    options: ReadonlyArray<{ value: string; label: string }>;
    /** The text of a first, empty choice ("Velg …"). */
    placeholder?: string;
    ref?: Ref<HTMLSelectElement>;
  };

export function SelectField({ ref, ...props }: SelectFieldProps) {
  const [field, { options, placeholder, ...select }] = splitField(props);
  return (
    <LabelledControl
      {...field}
      control={(ids) => (
        <Select {...select} {...ids} ref={ref}>
          {placeholder !== undefined && <Select.Option value="">{placeholder}</Select.Option>}
          {options.map((option) => (
            <Select.Option key={option.value} value={option.value}>
              {option.label}
            </Select.Option>
          ))}
        </Select>
      )}
    />
  );
}

export interface Choice {
  value: string;
  label: ReactNode;
  description?: ReactNode;
}

type ChoiceInputProps = Omit<ComponentProps<typeof Input>, 'name' | 'id' | 'type' | 'value' | 'required'> & { ref?: Ref<HTMLInputElement> };

/**
 * Designsystemet's Field around one radio button or checkbox, as a plain element (asChild): its
 * field element would tie the description and message to the input a second time (they are tied
 * by id here), and misses a group's message that comes later. A click anywhere on it still checks it.
 */
function ChoiceField({ inputId, children }: { inputId: string; children: ReactNode }) {
  return (
    <Field asChild data-clickdelegatefor={inputId}>
      <div>{children}</div>
    </Field>
  );
}

type ChoiceGroupProps = Omit<FieldProps, 'label'> &
  ChoiceInputProps & {
    legend: string;
    options: readonly Choice[];
    /** Checkboxes make the field's value the list of the values checked. */
    type?: 'radio' | 'checkbox';
  };

/**
 * Radio buttons (or checkboxes) under a legend, all with the one registration. The first one
 * carries the group's id, for the error summary's link.
 */
export function ChoiceGroup({ name, legend, description, error, required, options, type = 'radio', ref, ...input }: ChoiceGroupProps) {
  const { id, descriptionId, errorId } = useIds(name, description, error);
  return (
    <Fieldset aria-describedby={describedBy(descriptionId, errorId)}>
      <Fieldset.Legend>
        {legend}
        {required && <RequiredMark />}
      </Fieldset.Legend>
      {description && <Fieldset.Description id={descriptionId}>{description}</Fieldset.Description>}
      {options.map((option, index) => {
        const optionId = index === 0 ? id : `${id}-${option.value}`;
        const optionDescriptionId = option.description ? `${optionId}-description` : undefined;
        return (
          <ChoiceField key={option.value} inputId={optionId}>
            <Input
              {...input}
              ref={ref}
              type={type}
              id={optionId}
              name={name}
              value={option.value}
              aria-invalid={error ? true : undefined}
              aria-describedby={describedBy(optionDescriptionId, errorId)}
            />
            <Label htmlFor={optionId} weight="regular">
              {option.label}
            </Label>
            {option.description && <Field.Description id={optionDescriptionId}>{option.description}</Field.Description>}
          </ChoiceField>
        );
      })}
      {error && <ValidationMessage id={errorId}>{error}</ValidationMessage>}
    </Fieldset>
  );
}

type CheckboxFieldProps = Omit<FieldProps, 'required'> & ChoiceInputProps;

/** One checkbox for a yes or no. */
export function CheckboxField({ name, label, description, error, ref, ...input }: CheckboxFieldProps) {
  const { id, descriptionId, errorId } = useIds(name, description, error);
  return (
    <ChoiceField inputId={id}>
      <Input
        {...input}
        ref={ref}
        type="checkbox"
        id={id}
        name={name}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(descriptionId, errorId)}
      />
      <Label htmlFor={id} weight="regular">
        {label}
      </Label>
      {description && <Field.Description id={descriptionId}>{description}</Field.Description>}
      {error && <ValidationMessage id={errorId}>{error}</ValidationMessage>}
    </ChoiceField>
  );
}
