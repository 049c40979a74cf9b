import type { ReactNode } from 'react';

interface AdviceNoteProps {
  tone: 'warning' | 'info';
  /** A visible word such as "Attention :" so the tone never relies on color alone. */
  label: string;
  children: ReactNode;
}

/** One piece of advice in a list: a warning to act on, or a note to keep in mind. */
export function AdviceNote({ tone, label, children }: AdviceNoteProps) {
  return (
    <li className={`advice advice--${tone}`}>
      <span className="advice__icon" aria-hidden="true">
        {tone === 'warning' ? '⚠' : 'ℹ'}
      </span>
      <span className="advice__text">
        <strong className="advice__label">{label}</strong> {children}
      </span>
    </li>
  );
}
