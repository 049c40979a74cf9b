import { useI18n } from '../../i18n/i18n-provider';
import { WizardContext } from '../../machine/wizard.context';
import { selectPdfBusy, selectPdfError } from '../../machine/wizard.selectors';
import { CalendarButton } from './calendar-button';

/** The two PDF downloads; the PDF library is fetched on the first click only. */
export function PdfButtons() {
  const { t } = useI18n();
  const actor = WizardContext.useActorRef();
  const busy = WizardContext.useSelector(selectPdfBusy);
  const error = WizardContext.useSelector(selectPdfError);
  // Not `disabled` while a document is made: a disabled button drops the keyboard focus to
  // the top of the page. A click meanwhile does nothing.
  const request = (kind: 'charter' | 'risks' | 'docx') => {
    if (!busy) actor.send({ type: 'pdf.requested', kind });
  };
  return (
    <div className="pdf-buttons">
      <button type="button" className="button button--primary" aria-disabled={busy} onClick={() => request('charter')}>
        {t('pdf.charter')}
      </button>
      <button type="button" className="button button--secondary" aria-disabled={busy} onClick={() => request('risks')}>
        {t('pdf.risks')}
      </button>
      <button type="button" className="button button--secondary" aria-disabled={busy} onClick={() => request('docx')}>
        {t('pdf.docx')}
      </button>
      <CalendarButton />
      <p role="status" className="pdf-buttons__status">
        {busy ? t('pdf.busy') : ''}
      </p>
      {error && (
        <p role="alert" className="field__error">
          {t('pdf.error', { error })}
        </p>
      )}
    </div>
  );
}
