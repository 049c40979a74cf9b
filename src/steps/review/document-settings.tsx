import { useI18n } from '../../i18n/i18n-provider';
import { LanguageSelect } from '../../components/form/language-select';
import { isDocumentLanguageFixed } from '../../domain/edits';
import { WizardContext } from '../../machine/wizard.context';

/** The documents' language, chosen apart from the interface's, and the bilingual option. */
export function DocumentSettings() {
  const { t } = useI18n();
  const actor = WizardContext.useActorRef();
  const language = WizardContext.useSelector((s) => s.context.project.documentLanguage);
  const fixed = WizardContext.useSelector((s) => isDocumentLanguageFixed(s.context.project));
  const bilingual = WizardContext.useSelector((s) => s.context.project.bilingualDocuments);
  return (
    <div className="document-settings">
      <div className="field">
        <label htmlFor="document-language">{t('review.documentLanguage')}</label>
        <LanguageSelect
          id="document-language"
          value={language}
          disabled={fixed}
          describedBy={fixed ? 'document-language-fixed' : undefined}
          onChange={(l) => actor.send({ type: 'documentSettings.changed', language: l })}
        />
        {fixed && (
          <p id="document-language-fixed" className="field__hint">
            {t('review.documentLanguageFixed')}
          </p>
        )}
      </div>
      <div className="field field--checkbox">
        <input
          id="document-bilingual"
          type="checkbox"
          checked={bilingual}
          aria-describedby="document-bilingual-hint"
          onChange={(e) => actor.send({ type: 'documentSettings.changed', bilingual: e.target.checked })}
        />
        <label htmlFor="document-bilingual">{t('review.bilingual')}</label>
        <p id="document-bilingual-hint" className="field__hint">
          {t('review.bilingualHint')}
        </p>
      </div>
    </div>
  );
}
