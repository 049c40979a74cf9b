import { useI18n } from '../i18n/i18n-provider';
import type { TextPart } from './text-diff';

/**
 * One version of a changed text, its differing words in `<del>` (what the received copy
 * lacks) or `<ins>` (what it adds). Screen readers do not announce those elements, so each
 * marked passage also says where it starts and ends, in words only they read.
 */
export function MarkedText({ parts, mark }: { parts: TextPart[]; mark: 'removed' | 'added' }) {
  const { t } = useI18n();
  const Mark = mark === 'removed' ? 'del' : 'ins';
  return (
    <span className="compare__text">
      {parts.map((part, i) =>
        part.changed ? (
          <Mark key={i} className={`compare__mark compare__mark--${mark}`}>
            <span className="visually-hidden">{t(`collab.merge.${mark}Start`)} </span>
            {part.text}
            <span className="visually-hidden"> {t(`collab.merge.${mark}End`)}</span>
          </Mark>
        ) : (
          part.text
        ),
      )}
    </span>
  );
}
