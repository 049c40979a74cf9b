import { useId } from 'react';
import { useI18n } from '../../i18n/i18n-provider';
import type { RemovedRow } from './use-row-list';

/**
 * Under a list's rows, after « Retirer »: says which row went (politely announced; the
 * focus stays where the list put it) and offers « Annuler », which puts it back. `text`
 * gets the row's number and its name already quoted (« « Atelier » », or '' when unnamed).
 * The live region is always there, empty until a removal: one created with its text is
 * not read by every screen reader. It has no `status` role, which the step's own status
 * lines answer to.
 */
export function RemovedRowNotice({
  list,
  text,
}: {
  list: { removed: RemovedRow | null; undo: () => void };
  text: (vars: { n: number; name: string }) => string;
}) {
  const { t } = useI18n();
  const id = useId();
  const { removed } = list;
  const name = removed?.name ? t('form.removedName', { name: removed.name }) : '';
  return (
    <div className={removed ? 'panel row-undo' : 'row-undo--idle'}>
      <p id={id} aria-live="polite">
        {removed ? text({ n: removed.n, name }) : ''}
      </p>
      {removed && (
        <button type="button" className="button button--link" aria-describedby={id} onClick={list.undo}>
          {t('form.undo')}
        </button>
      )}
    </div>
  );
}
