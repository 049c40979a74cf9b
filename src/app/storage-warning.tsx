// Loaded when storage runs short or fails, with its messages (the deferred French ones).
import '../i18n/deferred-fr';
import { useI18n } from '../i18n/i18n-provider';
import type { StorageEstimate } from '../persistence/project-store';

const megabytes = (bytes: number, locale: string) =>
  `${new Intl.NumberFormat(locale, { maximumFractionDigits: bytes < 10e6 ? 1 : 0 }).format(bytes / 1e6)}\u00a0${locale === 'fr' ? 'Mo' : 'MB'}`;

interface Props {
  estimate: StorageEstimate | null;
  /** Over 90 % of the quota used. */
  short: boolean;
  /** The last save failed for want of space. */
  full: boolean;
}

/** The figures and the advice to download when space runs short or a save failed. */
export function StorageWarning({ estimate, short, full }: Props) {
  const { t, locale } = useI18n();
  const unit = (b: number) => megabytes(b, locale);
  return (
    <div className="panel panel--warning" role="status">
      <p>
        {estimate && (short || full)
          ? t('storage.full', { used: unit(estimate.usage), quota: unit(estimate.quota) })
          : full
            ? t('storage.fullUnknown')
            : t('storage.unavailable')}
      </p>
    </div>
  );
}
