import { useId } from 'react';
import { useI18n } from '../i18n/i18n-provider';
import { LanguageSelect } from '../components/form/language-select';

export function LanguageSwitch() {
  const { locale, setLocale, t } = useI18n();
  const id = useId();
  return (
    <div className="language-switch">
      <label htmlFor={id}>{t('app.language')}</label>
      <LanguageSelect id={id} value={locale} onChange={setLocale} />
    </div>
  );
}
