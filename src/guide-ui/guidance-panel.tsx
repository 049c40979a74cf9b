import { Disclosure } from '../components/ui/disclosure';
import { guidanceFor, type GuidanceStepId } from '../content/guidance';
import type { GuideKey } from '../i18n/messages/guide.fr';
import { useI18n } from '../i18n/i18n-provider';
import { useGuidanceOpen } from './guidance-preference';

/**
 * What the guide says about one step (or the review and signing screens): why the step
 * exists, the questions to settle together, the brakes to watch, facts from the worked
 * cases. Its title is an h3 under the step's h2; its sections are h4.
 */
export function GuidancePanel({ step }: { step: GuidanceStepId }) {
  const { t } = useI18n();
  const [open, setOpen] = useGuidanceOpen();
  const guidance = guidanceFor(step);
  return (
    <Disclosure title={t('guideUi.panel.title')} level={3} open={open} onToggle={setOpen} className="guidance">
      <h4>{t('guideUi.panel.purpose')}</h4>
      <p>{t(guidance.purposeKey)}</p>
      <GuidanceList title={t('guideUi.panel.questions')} keys={guidance.questionKeys} />
      <GuidanceList title={t('guideUi.panel.brakes')} keys={guidance.brakeKeys} />
      <GuidanceList title={t('guideUi.panel.facts')} keys={guidance.factKeys} />
    </Disclosure>
  );
}

function GuidanceList({ title, keys }: { title: string; keys: readonly GuideKey[] }) {
  const { t } = useI18n();
  if (keys.length === 0) return null;
  return (
    <>
      <h4>{title}</h4>
      <ul>
        {keys.map((k) => (
          <li key={k}>{t(k)}</li>
        ))}
      </ul>
    </>
  );
}
