import { useId, useState } from 'react';
import { STEP_IDS } from '../content/step-ids';
import { useI18n } from '../i18n/i18n-provider';
import { LanguageSelect } from '../components/form/language-select';
import type { Locale } from '../i18n/i18n';
import { usePdfDownload } from './use-pdf-download';

/** Blank worksheets for pairs working on paper in a workshop. */
export function WorksheetDownload() {
  const { t, locale } = useI18n();
  const id = useId();
  const [step, setStep] = useState<(typeof STEP_IDS)[number] | 'all'>('all');
  const [language, setLanguage] = useState<Locale>(locale);
  const { busy, download, status, alert } = usePdfDownload();
  return (
    <section aria-labelledby={`${id}-title`} className="worksheets">
      <h2 id={`${id}-title`}>{t('worksheet.title')}</h2>
      <p>{t('worksheet.lead')}</p>
      <div className="grid">
        <div className="field">
          <label htmlFor={`${id}-step`}>{t('worksheet.step')}</label>
          <select
            id={`${id}-step`}
            value={step}
            onChange={(e) => setStep(e.target.value as (typeof STEP_IDS)[number] | 'all')}
          >
            <option value="all">{t('worksheet.all')}</option>
            {STEP_IDS.map((s) => (
              <option key={s} value={s}>
                {t(`step.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-lang`}>{t('review.documentLanguage')}</label>
          <LanguageSelect id={`${id}-lang`} value={language} onChange={setLanguage} />
        </div>
      </div>
      <div className="pdf-buttons">
        <button
          type="button"
          className="button button--secondary"
          // Not `disabled`: a disabled button drops the keyboard focus to the page's top.
          aria-disabled={busy}
          onClick={() => {
            void download((pdf) => pdf.generateWorksheetPdf({ step, locale: language }));
          }}
        >
          {t('worksheet.download')}
        </button>
        {status}
      </div>
      {alert}
    </section>
  );
}
