import { Button, Fieldset, Paragraph } from '@digdir/designsystemet-react';
import { useFieldArray, type Control, type FieldErrors, type UseFormRegister } from 'react-hook-form';
import { InputField } from '../../../components/form';
import { useT } from '../../../i18n';
import { all, LIMITS, maxLength, required } from '../referral-rules';

export interface ServiceRow {
  service: string;
  provider: string;
}

interface WithServices {
  currentServices: ServiceRow[];
}

/** The services the person gets today and who gives them: rows to add and remove, in order. */
export function ServicesToday<T extends WithServices>({
  control,
  register,
  errors,
  legend,
  description,
}: {
  control: Control<T>;
  register: UseFormRegister<T>;
  errors: FieldErrors<T>;
  legend: string;
  description: string;
}) {
  const t = useT();
  // The form's values always hold `currentServices`; the generic keeps the component reusable.
  const typedControl = control as unknown as Control<WithServices>;
  const typedRegister = register as unknown as UseFormRegister<WithServices>;
  const rowErrors = (errors as FieldErrors<WithServices>).currentServices;
  const { fields, append, remove } = useFieldArray({ control: typedControl, name: 'currentServices' });
  const full = fields.length >= LIMITS.services;
  return (
    <Fieldset>
      <Fieldset.Legend>{legend}</Fieldset.Legend>
      <Fieldset.Description>{description}</Fieldset.Description>
      {fields.length === 0 && <Paragraph data-size="sm">{t('web.intake.noServices')}</Paragraph>}
      <ol className="app-list">
        {fields.map((field, index) => {
          const number = index + 1;
          return (
            <li key={field.id} className="app-list__item app-stack">
              <InputField
                label={t('web.intake.service', { number })}
                required
                error={rowErrors?.[index]?.service?.message}
                {...typedRegister(`currentServices.${index}.service`, { validate: all(required(t), maxLength(t, LIMITS.text)) })}
              />
              <InputField
                label={t('web.intake.provider', { number })}
                error={rowErrors?.[index]?.provider?.message}
                {...typedRegister(`currentServices.${index}.provider`, { validate: maxLength(t, LIMITS.text) })}
              />
              <div className="app-actions">
                <Button type="button" variant="tertiary" data-size="sm" onClick={() => remove(index)}>
                  {t('web.intake.removeService', { number })}
                </Button>
              </div>
            </li>
          );
        })}
      </ol>
      <div className="app-actions">
        <Button type="button" variant="secondary" disabled={full} onClick={() => append({ service: '', provider: '' })}>
          {t('web.intake.addService')}
        </Button>
      </div>
      {full && <Paragraph data-size="sm">{t('validation.tooManyServices', { max: LIMITS.services })}</Paragraph>}
    </Fieldset>
  );
}
