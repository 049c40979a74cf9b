import type { Locale } from '../../i18n/i18n';

/** The two languages, each written in itself so a reader finds theirs whatever the interface's. */
export function LanguageSelect({
  id,
  value,
  onChange,
}: {
  id: string;
  value: Locale;
  onChange: (locale: Locale) => void;
}) {
  return (
    <select id={id} value={value} onChange={(e) => onChange(e.target.value as Locale)}>
      <option value="fr" lang="fr">
        Français
      </option>
      <option value="en" lang="en">
        English
      </option>
    </select>
  );
}
