import { useId, useState } from 'react';
import { useI18n } from '../../i18n/i18n-provider';

export interface StepperEntry {
  id: string;
  label: string;
  status: 'current' | 'complete' | 'incomplete' | 'unvisited';
  reachable: boolean;
  /** Why a locked entry cannot be opened yet, said when the user tries. */
  lockedReason?: string;
}

/**
 * The wizard's progress: where the user is, what is done, what is missing. Locked
 * entries stay focusable (aria-disabled rather than disabled) so keyboard and
 * screen-reader users can reach them and hear why they are locked.
 */
export function Stepper({ entries, onSelect }: { entries: StepperEntry[]; onSelect: (id: string) => void }) {
  const { t } = useI18n();
  const id = useId();
  const [explained, setExplained] = useState<StepperEntry | null>(null);
  return (
    <nav aria-label={t('stepper.label')} className="stepper">
      <ol>
        {entries.map((e, i) => (
          <li key={e.id} className={`stepper__item stepper__item--${e.status}`}>
            <button
              type="button"
              aria-current={e.status === 'current' ? 'step' : undefined}
              aria-disabled={e.reachable ? undefined : true}
              aria-describedby={!e.reachable && explained?.id === e.id ? `${id}-why` : undefined}
              onClick={() => {
                if (e.reachable) {
                  setExplained(null);
                  onSelect(e.id);
                } else setExplained(e);
              }}
            >
              <span className="stepper__number" aria-hidden="true">
                {e.status === 'complete' ? '✓' : e.status === 'incomplete' ? '!' : i + 1}
              </span>
              <span className="stepper__label">{e.label}</span>
              <span className="visually-hidden">
                {' '}
                — {t(`stepper.${e.status}`)}
                {e.reachable ? '' : `, ${t('stepper.locked')}`}
              </span>
            </button>
          </li>
        ))}
      </ol>
      <p id={`${id}-why`} role="status" className="stepper__why">
        {explained ? `${explained.label}\u00a0: ${explained.lockedReason ?? t('stepper.locked')}` : ''}
      </p>
    </nav>
  );
}
