import { useEffect, useRef } from 'react';
import { documentLanguageAfterSwitch } from '../../domain/document-language';
import { useI18n } from '../../i18n/i18n-provider';
import { WizardContext } from '../../machine/wizard.context';
import { selectDocumentLanguage } from '../../machine/wizard.selectors';

/**
 * Lets the documents' language follow a switch of the interface language made while a step
 * is on screen, unless the user chose the documents' language apart (the rule is the
 * domain's `documentLanguageAfterSwitch`). Chosen apart on arrival, or by the user since,
 * it stays put for as long as the screen is open, even once the interface happens to match.
 */
export function useDocumentLanguageFollowsInterface(): void {
  const { locale } = useI18n();
  const actor = WizardContext.useActorRef();
  const documentLanguage = WizardContext.useSelector(selectDocumentLanguage);
  const previous = useRef(locale);
  const apart = useRef(documentLanguage !== locale);
  const followed = useRef<string | null>(null);

  useEffect(() => {
    // A change we made by following is not a choice; one the user made is.
    if (documentLanguage === followed.current) followed.current = null;
    else apart.current = documentLanguage !== previous.current;
  }, [documentLanguage]);

  useEffect(() => {
    const from = previous.current;
    previous.current = locale;
    if (apart.current) return;
    const next = documentLanguageAfterSwitch(actor.getSnapshot().context.project, from, locale);
    if (!next) return;
    followed.current = next;
    actor.send({ type: 'documentSettings.changed', language: next });
  }, [locale, actor]);
}
