import { useId, type ReactNode } from 'react';
import { useUnfolded } from './unfolded';
import { useOpenedOnce } from './use-opened-once';

interface DisclosureProps {
  title: string;
  /** The level that fits where the disclosure sits in the page outline (a step title is h2). */
  level: 3 | 4;
  open: boolean;
  onToggle: (open: boolean) => void;
  className?: string;
  children: ReactNode;
}

/**
 * A titled block whose body can be folded away: a real button inside the heading (the
 * WAI-ARIA disclosure pattern), so it works with the keyboard and screen readers announce
 * "expanded / collapsed". The body is built the first time it opens (a step opens faster
 * when its folded sections are not built), then stays in the DOM, `hidden` when folded, so
 * folding again never moves focus nor rebuilds it. Form values of a body never built stay
 * in the form (react-hook-form keeps unregistered values) and are validated on submit; a
 * section in error opens, and so is built. Under `<Unfolded>` (a read-only text) it is a plain
 * titled section, always open: a disabled button could not open it.
 */
export function Disclosure({ title, level, open, onToggle, className, children }: DisclosureProps) {
  const id = useId();
  const headingId = `${id}-heading`;
  const bodyId = `${id}-body`;
  const Heading = level === 3 ? 'h3' : 'h4';
  const unfolded = useUnfolded();
  const built = useOpenedOnce(open || unfolded);
  if (unfolded)
    return (
      <section className={['disclosure', className].filter(Boolean).join(' ')} aria-labelledby={headingId}>
        <Heading id={headingId} className="disclosure__heading disclosure__heading--open">
          {title}
        </Heading>
        <div className="disclosure__body">{children}</div>
      </section>
    );
  return (
    <section className={['disclosure', className].filter(Boolean).join(' ')} aria-labelledby={headingId}>
      <Heading id={headingId} className="disclosure__heading">
        <button
          type="button"
          className="disclosure__button"
          aria-expanded={open}
          aria-controls={bodyId}
          onClick={() => onToggle(!open)}
        >
          {/* The arrow repeats aria-expanded for sighted users; the body's presence says it too. */}
          <span className="disclosure__icon" aria-hidden="true" />
          {title}
        </button>
      </Heading>
      <div id={bodyId} className="disclosure__body" hidden={!open}>
        {built && children}
      </div>
    </section>
  );
}
