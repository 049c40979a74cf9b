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
  return (
    <div className="pdf-buttons">
      <button
        type="button"
        className="button button--primary"
        disabled={busy}
        onClick={() => actor.send({ type: 'pdf.requested', kind: 'charter' })}
      >
        {t('pdf.charter')}
      </button>
      <button
        type="button"
        className="button button--secondary"
        disabled={busy}
        onClick={() => actor.send({ type: 'pdf.requested', kind: 'risks' })}
      >
        {t('pdf.risks')}
      </button>
      <button
        type="button"
        className="button button--secondary"
        disabled={busy}
        onClick={() => actor.send({ type: 'pdf.requested', kind: 'docx' })}
      >
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
