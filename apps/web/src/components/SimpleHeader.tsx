import { useT } from '../i18n';
import { LanguageSelect } from './LanguageSelect';

/** The header before sign-in: product name and the language switch. */
export function SimpleHeader() {
  const t = useT();
  return (
    <header className="app-header">
      <div className="app-header__brand">
        <span className="app-header__product">{t('app.name')}</span>
      </div>
      <div className="app-header__controls">
        <LanguageSelect />
      </div>
    </header>
  );
}
