import { Label, Select } from '@digdir/designsystemet-react';
import { isLocale, LOCALES } from '@samhandling/shared';
import { useId } from 'react';
import { useI18n } from '../i18n';

/** The language switch: bokmål, nynorsk, English. Each option is named in its own language. */
export function LanguageSelect() {
  const { locale, setLocale, t } = useI18n();
  const id = useId();
  return (
    <div className="app-field-inline">
      <Label htmlFor={id} data-size="sm">
        {t('nav.language')}
      </Label>
      <Select
        id={id}
        data-size="sm"
        width="auto"
        value={locale}
        onChange={(event) => {
          if (isLocale(event.target.value)) setLocale(event.target.value);
        }}
      >
        {LOCALES.map((option) => (
          <Select.Option key={option} value={option} lang={option}>
            {t(`language.${option}`)}
          </Select.Option>
        ))}
      </Select>
    </div>
  );
}
