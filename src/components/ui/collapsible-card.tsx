import { cardToggleId } from '../form/field-ids';
import { useRequestedOpen } from '../form/focus-request';
import { useUnfolded } from './unfolded';
import { useOpenedOnce } from './use-opened-once';
import { useId, type ReactNode } from 'react';

interface CollapsibleCardProps {
  /** The group's accessible name ("Partenaire 1"), kept short so role queries stay stable. */
  legend: string;
  /** One line that says what is inside ("Partenaire 1 — Terrena · Association"): the button's name. */
  summary: string;
  /** Read once, on mount: a new or empty block opens, a filled one starts folded. */
  defaultOpen: boolean;
  /** A block holding an error is always open, so the error and its field can be seen and focused. */
  forceOpen?: boolean;
  /**
   * The form path of what the card holds (`risks.2`): when the review sends the user to a
   * missing field under it, the card opens on mount so that field can take focus.
   */
  path?: string;
  /**
   * Who the fields belong to, as a phrase that follows a field's label ("de Terrena"): the
   * error summary reads it so three "Motivations" errors say whose they are.
   */
  owner?: string;
  /** For error links that point at the whole group. */
  id?: string;
  className?: string;
  children: ReactNode;
}

/**
 * A card of a repeated block (a partner, a risk) that folds to one line, so a phone can hold
 * the step. The WAI-ARIA disclosure pattern inside a fieldset: the legend (visually hidden)
 * names the group, the button carries the summary and aria-expanded. The body is built the
 * first time the card opens, then stays in the DOM while folded (see Disclosure). Under
 * `<Unfolded>` (a read-only text) the card is open and its summary a plain line.
 */
export function CollapsibleCard({
  legend,
  summary,
  defaultOpen,
  forceOpen,
  path,
  owner,
  id,
  className,
  children,
}: CollapsibleCardProps) {
  const [open, setOpen] = useRequestedOpen(path === undefined ? [] : [path], defaultOpen);
  const bodyId = `${useId()}-body`;
  const unfolded = useUnfolded();
  const expanded = open || Boolean(forceOpen) || unfolded;
  const built = useOpenedOnce(expanded);
  if (unfolded)
    return (
      <fieldset className={['card card--collapsible', className].filter(Boolean).join(' ')} data-owner={owner} id={id}>
        <legend className="visually-hidden">{legend}</legend>
        <p className="card__toggle card__toggle--open">
          <span className="card__summary">{summary}</span>
        </p>
        <div className="card__body">{children}</div>
      </fieldset>
    );
  return (
    <fieldset
      className={['card card--collapsible', className].filter(Boolean).join(' ')}
      data-owner={owner}
      id={id}
      tabIndex={id ? -1 : undefined}
    >
      <legend className="visually-hidden">{legend}</legend>
      <button
        type="button"
        id={path === undefined ? undefined : cardToggleId(path)}
        className="disclosure__button card__toggle"
        aria-expanded={expanded}
        aria-controls={bodyId}
        onClick={() => setOpen(!expanded)}
      >
        <span className="disclosure__icon" aria-hidden="true" />
        <span className="card__summary">{summary}</span>
      </button>
      <div id={bodyId} className="card__body" hidden={!expanded}>
        {built && children}
      </div>
    </fieldset>
  );
}
