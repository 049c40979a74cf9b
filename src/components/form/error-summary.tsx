import { useLayoutEffect, useState } from 'react';
import type { FieldErrors } from 'react-hook-form';
import { useI18n } from '../../i18n/i18n-provider';
import { fieldId } from './field-ids';

interface ErrorSummaryProps {
  /** The form's errors (react-hook-form's nested `formState.errors`). */
  errors: FieldErrors;
  /**
   * How many submits failed so far: the summary shows only after one, so errors that
   * revalidation finds while the user types never reach the live region before a submit.
   */
  failedSubmits: number;
}

/**
 * The summary of a failed submit: every error as a link to its field, named as a reader
 * would say it (« Risque 2 — Responsable (obligatoire) : … »), inside a live region present
 * from the first render so that its arrival is announced. Shared by the wizard's steps and
 * the record's forms; each field's DOM id is `fieldId(path)` of its react-hook-form path.
 */
export function ErrorSummary({ errors, failedSubmits }: ErrorSummaryProps) {
  const { t, te } = useI18n();
  const items = useInPageOrder(failedSubmits > 0 ? flattenErrors(errors) : []);
  return (
    <div role="alert" aria-live="assertive" className="error-summary-region">
      {items.length > 0 && (
        <div className="error-summary">
          <p>
            <strong>{t('errors.summary', { count: items.length })}</strong>
          </p>
          <ul>
            {items.map((e) => (
              <li key={`${e.name}-${e.message}`}>
                <a href={`#${fieldId(e.name)}`}>
                  <FieldLabel id={fieldId(e.name)} />
                  {te(e.message)}
                </a>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}

/**
 * The errors in the order their fields are read on the page. react-hook-form lists them in
 * the order the schema found them, and a rule checked after the object's fields (a risk's
 * rating still Cocharte's suggestion) came last, after fields drawn below it: read top to
 * bottom, the summary then jumped back up the card. Sorted once the fields are drawn
 * (a folded card opens in the same render), before the browser paints.
 */
function useInPageOrder(items: ErrorItem[]): ErrorItem[] {
  const [order, setOrder] = useState<readonly string[]>([]);
  const key = items.map((i) => i.name).join('\n');
  useLayoutEffect(() => {
    if (typeof document === 'undefined') return;
    const names = key ? key.split('\n') : [];
    const at = (name: string) => document.getElementById(fieldId(name));
    const sorted = [...names].sort((a, b) => {
      const x = at(a);
      const y = at(b);
      if (!x || !y || x === y) return 0;
      return x.compareDocumentPosition(y) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
    });
    setOrder((prev) => (prev.join('\n') === sorted.join('\n') ? prev : sorted));
  }, [key]);
  const rank = new Map(order.map((name, i) => [name, i]));
  return [...items].sort((a, b) => (rank.get(a.name) ?? order.length) - (rank.get(b.name) ?? order.length));
}

export interface ErrorItem {
  name: string;
  message: string;
}

/** Flattens react-hook-form's nested errors into field paths and message keys. */
export function flattenErrors(errors: FieldErrors, prefix = ''): ErrorItem[] {
  const items: ErrorItem[] = [];
  for (const [key, value] of Object.entries(errors)) {
    if (!value || key === 'ref') continue;
    const name = prefix ? `${prefix}.${key}` : key;
    const v = value as { message?: unknown; type?: unknown };
    if (typeof v.message === 'string' && typeof v.type === 'string') items.push({ name, message: v.message });
    if (typeof value === 'object') {
      const nested = Object.fromEntries(
        Object.entries(value).filter(([k]) => !['message', 'type', 'ref', 'types', 'root'].includes(k)),
      );
      items.push(...flattenErrors(nested as FieldErrors, name));
      const root = (value as { root?: { message?: string } }).root;
      if (root?.message) items.push({ name, message: root.message });
    }
  }
  return items;
}

/**
 * A field's label, read from the page once it is drawn: a folded card holding the error
 * opens in the same render as the summary, so its field exists only after that commit.
 * Read before the browser paints, so the alert is announced whole.
 */
function FieldLabel({ id }: { id: string }) {
  const { t } = useI18n();
  const [found, setFound] = useState<FoundLabel | null>(null);
  useLayoutEffect(() => setFound(labelOf(id)), [id]);
  if (!found) return '';
  const label = `${found.text}${found.marker}`;
  // A label that is a sentence (a health-check question) ends with its own . or ?: no « : »
  // glued after it, only a space before the message.
  if (/[.?!…]$/.test(label)) return found.owner ? `${found.owner} — ${label} ` : `${label} `;
  return found.owner ? t('errors.fieldOf', { owner: found.owner, label }) : t('errors.field', { label });
}

interface FoundLabel {
  text: string;
  /** " (obligatoire)", as the label shows it, or ''. */
  marker: string;
  /** Whose field it is when the same label repeats in every block: "Terrena", "Risque 2". */
  owner: string | null;
}

/**
 * The visible label of a field, so the summary says which field is wrong; inside a partner's,
 * a risk's or a row's block, with the block's name before it ("Terrena — Motivations"):
 * glued after the label, a name made phrases like « validation par de Terrena ».
 */
function labelOf(id: string): FoundLabel | null {
  if (typeof document === 'undefined') return null;
  const el = document.getElementById(id);
  const label = el?.tagName === 'FIELDSET' ? el.querySelector('legend') : document.querySelector(`label[for="${id}"]`);
  if (!label?.textContent) return null;
  const marker = label.querySelector('.field__required')?.textContent ?? '';
  const text = label.textContent.slice(0, label.textContent.length - marker.length).trim();
  const block = el?.parentElement?.closest('[data-owner], fieldset.card');
  const owner =
    block?.getAttribute('data-owner') ?? block?.querySelector(':scope > legend')?.textContent?.trim() ?? null;
  return { text, marker, owner: owner && owner !== text ? owner : null };
}
