import { useI18n } from '../../i18n/i18n-provider';

export interface StepperEntry {
  id: string;
  label: string;
  status: 'current' | 'complete' | 'incomplete' | 'unvisited';
  reachable: boolean;
}

/** The wizard's progress: where the user is, what is done, what is missing. */
export function Stepper({ entries, onSelect }: { entries: StepperEntry[]; onSelect: (id: string) => void }) {
  const { t } = useI18n();
  return (
    <nav aria-label={t('stepper.label')} className="stepper">
      <ol>
        {entries.map((e, i) => (
          <li key={e.id} className={`stepper__item stepper__item--${e.status}`}>
            <button
              type="button"
              aria-current={e.status === 'current' ? 'step' : undefined}
              disabled={!e.reachable}
              onClick={() => onSelect(e.id)}
            >
              <span className="stepper__number" aria-hidden="true">
                {e.status === 'complete' ? '✓' : e.status === 'incomplete' ? '!' : i + 1}
              </span>
              <span className="stepper__label">{e.label}</span>
              <span className="visually-hidden"> — {t(`stepper.${e.status}`)}</span>
            </button>
          </li>
        ))}
      </ol>
    </nav>
  );
}
