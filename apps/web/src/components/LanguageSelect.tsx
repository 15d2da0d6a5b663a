import { isLocale, LOCALES } from '@samhandling/shared';
import { useI18n } from '../i18n';
import { LabelledSelect } from './LabelledSelect';

/** The language switch: bokmål, nynorsk, English. Each option is named in its own language. */
export function LanguageSelect() {
  const { locale, setLocale, t } = useI18n();
  return (
    <LabelledSelect
      label={t('nav.language')}
      value={locale}
      options={LOCALES.map((option) => ({ value: option, label: t(`language.${option}`), lang: option }))}
      onChange={(value) => {
        if (isLocale(value)) void setLocale(value);
      }}
    />
  );
}
