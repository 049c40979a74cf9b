import { useId, type ReactNode } from 'react';

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
 * "expanded / collapsed". The body stays in the DOM but `hidden`, so toggling never moves
 * focus and nothing is fetched or recomputed.
 */
export function Disclosure({ title, level, open, onToggle, className, children }: DisclosureProps) {
  const id = useId();
  const headingId = `${id}-heading`;
  const bodyId = `${id}-body`;
  const Heading = level === 3 ? 'h3' : 'h4';
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
        {children}
      </div>
    </section>
  );
}
