import { useId, useState } from 'react';
import { useUnfolded } from '../components/ui/unfolded';
import type { StudiedCase } from '../content/guidance-extras';
import { casesLikeYours, type Direction } from '../domain/studied-cases';
import { useI18n } from '../i18n/i18n-provider';
import { WizardContext } from '../machine/wizard.context';
import { SourceLine } from './source-line';

const GROUPS = ['export', 'import'] as const;

/**
 * The guide's other studied partnerships as short cards, grouped by direction (export
 * towards the South, import into France). Only facts the guide states; rendered as h4/h5
 * under a panel's h3 by default. With the project's directions, the cases that go its way
 * come first and the others wait behind a disclosure button (domain/studied-cases.ts says
 * why they are not hidden); in a read-only text, where buttons are disabled, all show.
 */
export function CasesLikeYours({ directions = [] }: { directions?: readonly Direction[] }) {
  const { t } = useI18n();
  const unfolded = useUnfolded();
  const [showOthers, setShowOthers] = useState(false);
  const othersId = useId();
  const { first, others } = casesLikeYours(directions);
  return (
    <section className="cases" aria-label={t('guideUi.cases.title')}>
      <h4>{t('guideUi.cases.title')}</h4>
      <p className="field__hint">{t('guideUi.cases.lead')}</p>
      {others.length > 0 && <p className="field__hint">{t('guideUi.cases.yoursFirst')}</p>}
      <CaseGroups cases={first} />
      {others.length > 0 && (
        <>
          {!unfolded && (
            <button
              type="button"
              className="button button--secondary cases__more"
              aria-expanded={showOthers}
              aria-controls={othersId}
              onClick={() => setShowOthers((open) => !open)}
            >
              {t('guideUi.cases.others', { count: others.length })}
            </button>
          )}
          <div id={othersId} hidden={!unfolded && !showOthers}>
            <CaseGroups cases={others} />
          </div>
        </>
      )}
    </section>
  );
}

function CaseGroups({ cases }: { cases: readonly StudiedCase[] }) {
  const { t } = useI18n();
  return GROUPS.map((group) => {
    const inGroup = cases.filter((c) => c.direction === group);
    if (inGroup.length === 0) return null;
    return (
      <div key={group}>
        <h5>{t(`guideUi.cases.${group}`)}</h5>
        <ul className="cases__list">
          {inGroup.map((c) => (
            <li key={c.id} className="card cases__card">
              <strong>{t(c.titleKey)}</strong>
              <p>{t(c.textKey)}</p>
              <SourceLine source={c.source} />
            </li>
          ))}
        </ul>
      </div>
    );
  });
}

const sameDirections = (a: readonly Direction[], b: readonly Direction[]) =>
  a.length === b.length && a.every((d, i) => d === b[i]);

/**
 * The cases for the project in the machine: the partners step autosaves while the user
 * ticks its directions, so the order follows within the autosave delay.
 */
export function ProjectCasesLikeYours() {
  const directions = WizardContext.useSelector((s) => s.context.project.partners.directions, sameDirections);
  return <CasesLikeYours directions={directions} />;
}
