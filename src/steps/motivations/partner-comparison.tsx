import { useMemo, useState, type ReactNode } from 'react';
import { useWatch, type Control, type FieldValues, type UseFormSetValue } from 'react-hook-form';
import { Disclosure } from '../../components/ui/disclosure';
import { isMessageKey } from '../../i18n/i18n';
import { useI18n } from '../../i18n/i18n-provider';
import { WizardContext } from '../../machine/wizard.context';
import type { StepData } from '../../schemas/project.schema';
import {
  comparePartners,
  type Clash,
  type PartnerVoice,
  type Question,
  type SharedValue,
} from '../../domain/compare-partners';

type MotivationsForm = StepData<'motivations'> & FieldValues;

interface PartnerComparisonProps {
  control: Control<MotivationsForm, unknown, MotivationsForm>;
  setValue: UseFormSetValue<MotivationsForm>;
}

interface PartnerHeader {
  id: string;
  name: string;
  kind: PartnerVoice['kind'];
}

const sameHeaders = (a: PartnerHeader[], b: PartnerHeader[]) =>
  a.length === b.length && a.every((p, i) => p.id === b[i]?.id && p.name === b[i]?.name && p.kind === b[i]?.kind);

/**
 * Each partner's own answers side by side, with what they share, what pulls apart and
 * what each should answer for the others.
 *
 * The answers are read from the step's form with useWatch rather than from the machine:
 * the table then follows every keystroke and tick at once, and "Keep the common values"
 * writes through the same form (setValue), which autosaves it like typing. Partners (step
 * 1) and the logo rule (step 3) are not in this form, so they come from the machine.
 */
export function PartnerComparison({ control, setValue }: PartnerComparisonProps) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const byPartner = useWatch({ control, name: 'byPartner' });
  const partners = WizardContext.useSelector(
    (s) =>
      s.context.project.partners.partners.map((p, i) => ({
        id: p.id,
        name: p.name.trim() || t('partners.partnerN', { n: i + 1 }),
        kind: p.kind,
      })),
    sameHeaders,
  );
  const logoUse = WizardContext.useSelector((s) => s.context.project.framework.logoUse);
  const [kept, setKept] = useState('');

  const voices: PartnerVoice[] = useMemo(
    () => partners.map((p) => ({ ...p, entry: (byPartner ?? []).find((e) => e?.partnerId === p.id) })),
    [partners, byPartner],
  );
  const { common, clashes, questions } = useMemo(() => comparePartners(voices, logoUse), [voices, logoUse]);
  // Comparing needs at least two voices.
  if (voices.length < 2) return null;

  const nameOf = (id: string) => partners.find((p) => p.id === id)?.name ?? id;
  const flagged = (id: string, kinds: Clash['kind'][]) =>
    clashes.some((c) => kinds.includes(c.kind) && (c.a === id || ('b' in c && c.b === id)));
  const valueLabel = (v: SharedValue) => t(`value.${v}`);
  const commonText = common.map(valueLabel).join(', ');

  const keepCommon = () => {
    setValue('sharedValues', common, { shouldDirty: true, shouldTouch: true, shouldValidate: true });
    setKept(t('collab.compare.keptShared', { values: commonText }));
  };

  const row = (label: string, cell: (v: PartnerVoice) => ReactNode) => (
    <tr>
      <th scope="row">{label}</th>
      {voices.map((v) => (
        <td key={v.id}>{cell(v)}</td>
      ))}
    </tr>
  );
  const textCell = (value: unknown, flag: boolean) => (
    <>
      <span className="partner-comparison__text">
        {typeof value === 'string' && value.trim() ? value : t('collab.merge.empty')}
      </span>
      {flag && <Flag />}
    </>
  );

  return (
    // Folded to its title by default: two screens on a phone, read when the partners compare.
    <Disclosure
      title={t('collab.compare.title')}
      level={3}
      open={open}
      onToggle={setOpen}
      className="partner-comparison"
    >
      <p className="field__hint">{t('collab.compare.intro')}</p>
      {/* Focusable so keyboard users can scroll a table wider than the screen. */}
      <div className="partner-comparison__scroll" role="region" aria-label={t('collab.compare.scroll')} tabIndex={0}>
        <table className="partner-comparison__table">
          <caption className="visually-hidden">{t('collab.compare.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('collab.compare.topic')}</th>
              {voices.map((v) => (
                <th scope="col" key={v.id}>
                  {v.name}
                  <span className="partner-comparison__kind">{t(`partnerKind.${v.kind}`)}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {row(t('motivations.motivations'), (v) => textCell(v.entry?.motivations, false))}
            {row(t('motivations.expectations'), (v) => textCell(v.entry?.expectations, flagged(v.id, ['visibility'])))}
            {row(t('motivations.roi'), (v) => textCell(v.entry?.returnOnInvestment, flagged(v.id, ['roi'])))}
            {row(t('motivations.timeHorizon'), (v) => {
              const h = v.entry?.timeHorizon;
              return textCell(horizonLabel(h), flagged(v.id, ['horizon', 'roi']));
            })}
            {row(t('collab.field.values'), (v) => {
              const values = Array.isArray(v.entry?.values) ? v.entry.values : [];
              if (values.length === 0) return t('collab.merge.empty');
              return (
                <ul className="partner-comparison__values">
                  {values.map((value) =>
                    common.includes(value) ? (
                      <li key={value} className="partner-comparison__shared">
                        <strong>{valueLabel(value)}</strong> ({t('collab.compare.sharedMark')})
                      </li>
                    ) : (
                      <li key={value}>{valueLabel(value)}</li>
                    ),
                  )}
                </ul>
              );
            })}
          </tbody>
        </table>
      </div>

      <div className="partner-comparison__common">
        <p>{common.length > 0 ? t('collab.compare.shared', { values: commonText }) : t('collab.compare.noShared')}</p>
        {common.length > 0 && (
          <button type="button" className="button button--secondary" onClick={keepCommon}>
            {t('collab.compare.keepShared')}
          </button>
        )}
        <p role="status" className="partner-comparison__status">
          {kept}
        </p>
      </div>

      <h4>{t('collab.compare.clashes')}</h4>
      {clashes.length === 0 ? (
        <p>{t('collab.compare.noClash')}</p>
      ) : (
        <ul className="partner-comparison__clashes">
          {clashes.map((c, i) => (
            <li key={i}>
              <Flag /> {clashText(c)}
            </li>
          ))}
        </ul>
      )}

      <h4>{t('collab.compare.questions')}</h4>
      <ul className="partner-comparison__questions">
        {voices.map((v) => {
          const list = questions.get(v.id) ?? [];
          return (
            <li key={v.id}>
              <strong>{t('collab.compare.questionsFor', { name: v.name })}</strong>
              {list.length === 0 ? (
                <p>{t('collab.compare.noQuestion')}</p>
              ) : (
                <ul>
                  {list.map((q, i) => (
                    <li key={i}>{questionText(q)}</li>
                  ))}
                </ul>
              )}
            </li>
          );
        })}
      </ul>
    </Disclosure>
  );

  function horizonLabel(h: string | undefined) {
    const key = `timeHorizon.${h ?? ''}`;
    return isMessageKey(key) ? t(key) : '';
  }

  function clashText(c: Clash): string {
    if (c.kind === 'horizon')
      return t('collab.clash.horizon', {
        a: nameOf(c.a),
        b: nameOf(c.b),
        ha: horizonLabel(c.ha),
        hb: horizonLabel(c.hb),
      });
    if (c.kind === 'roi') return t('collab.clash.roi', { a: nameOf(c.a), b: nameOf(c.b) });
    return t('collab.clash.visibility', { a: nameOf(c.a), logoUse: t('logoUse.none') });
  }

  function questionText(q: Question): string {
    return t(q.key, {
      other: q.other ? nameOf(q.other) : '',
      mine: horizonLabel(q.mine),
      theirs: horizonLabel(q.theirs),
    });
  }
}

/** A visible word with the warning sign, so the flag is not carried by colour alone. */
function Flag() {
  const { t } = useI18n();
  return <span className="partner-comparison__flag">⚠ {t('collab.compare.toDiscuss')}</span>;
}
