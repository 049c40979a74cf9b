import { type ReactNode, useDeferredValue, useState } from 'react';
import { isFieldRequested } from '../components/form/focus-request';
import { Disclosure } from '../components/ui/disclosure';
import { guidanceFor, type GuidanceStepId } from '../content/guidance';
import { PRINCIPLES, RESACOOP_LESSONS, type SourcedText } from '../content/guidance-extras';
import { sourceOf } from '../content/guide-sources';
import type { GuideKey } from '../i18n/messages/guide.fr';
import { useI18n } from '../i18n/i18n-provider';
import { ProjectCasesLikeYours } from './cases-like-yours';
import { useGuidanceOpen } from './guidance-preference';
import { useDrawnAhead } from './shown-step';
import { SourceLine } from './source-line';

/** The guide has no review or signing step: there, the panel is the app's own advice. */
const APP_OWN_STEPS: ReadonlySet<GuidanceStepId> = new Set(['review', 'signing']);

/**
 * Pointers for one step (or the review and signing screens): why the step exists, the
 * questions to settle together, the brakes to watch, facts from the worked cases, each with
 * its source line. Its title is an h3 under the step's h2; its sections are h4.
 */
export function GuidancePanel({ step }: { step: GuidanceStepId }) {
  const { t } = useI18n();
  const [open, setOpen] = useGuidanceOpen(!useDrawnAhead());
  const guidance = guidanceFor(step);
  const title = APP_OWN_STEPS.has(step) ? t('guideUi.panel.titleApp') : t('guideUi.panel.title');
  const sourced = (keys: readonly GuideKey[]): SourcedText[] => keys.map((key) => ({ key, source: sourceOf(key) }));
  return (
    <Disclosure title={title} level={3} open={open} onToggle={setOpen} className="guidance">
      <h4>{t('guideUi.panel.purpose')}</h4>
      <p>
        <span>{t(guidance.purposeKey)}</span> <SourceLine source={sourceOf(guidance.purposeKey)} />
      </p>
      <GuidanceList title={t('guideUi.panel.questions')} items={sourced(guidance.questionKeys)} />
      <AfterFirstPaint>
        <GuidanceList title={t('guideUi.panel.brakes')} items={sourced(guidance.brakeKeys)} />
        <GuidanceList title={t('guideUi.panel.facts')} items={sourced(guidance.factKeys)} />
        {step === 'motivations' && (
          <>
            <GuidanceList title={t('guideUi.panel.principles')} items={PRINCIPLES} />
            <GuidanceList title={t('guideUi.panel.lessons')} items={RESACOOP_LESSONS} />
          </>
        )}
        {step === 'partners' && <ProjectCasesLikeYours />}
      </AfterFirstPaint>
    </Disclosure>
  );
}

/**
 * What lies below the step's first screen (the brakes, the facts, the principles and
 * lessons of step 2, the studied cases of step 1), drawn in the render that follows the
 * step's first paint (React's deferred value): the click that opens the step no longer
 * builds and lays them out (« new project » → step 1: 7 ms less, median of 25 fresh
 * contexts alternated with the build before). Not when the step opens on a field asked for
 * (from the review): drawn later above that field, they would push it out of view where the
 * browser does not anchor the scroll (Safari).
 */
function AfterFirstPaint({ children }: { children: ReactNode }) {
  const [fieldAskedFor] = useState(isFieldRequested);
  return useDeferredValue(true, fieldAskedFor) ? children : null;
}

/** A titled list of sourced texts; also used by the catalogue panels of guide-ui. */
export function GuidanceList({ title, items }: { title: string; items: readonly SourcedText[] }) {
  const { t } = useI18n();
  if (items.length === 0) return null;
  return (
    <>
      <h4>{title}</h4>
      <ul>
        {items.map((item) => (
          <li key={item.key}>
            <span>{t(item.key)}</span> <SourceLine source={item.source} />
          </li>
        ))}
      </ul>
    </>
  );
}
