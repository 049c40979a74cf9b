import type { Locale } from '../../i18n/i18n';

/** The two languages, each written in itself so a reader finds theirs whatever the interface's. */
export function LanguageSelect({
  id,
  value,
  onChange,
  disabled,
  describedBy,
}: {
  id: string;
  value: Locale;
  onChange: (locale: Locale) => void;
  disabled?: boolean;
  describedBy?: string;
}) {
  return (
    <select
      id={id}
      value={value}
      disabled={disabled}
      aria-describedby={describedBy}
      onChange={(e) => onChange(e.target.value as Locale)}
    >
      <option value="fr" lang="fr">
        Français
      </option>
      <option value="en" lang="en">
        English
      </option>
    </select>
  );
}
