// Blocks of the CharterModel as semantic HTML: the same data the PDF draws, in the same order.
import { useId } from 'react';
import { formatDate, type Locale } from '../i18n/i18n';
import type { Block, RiskMatrixBlock, TimelineBlock } from '../document/document-model';
import { Heading } from './heading';

/** Lines joined by "\n" in the model (bilingual sentences) stay on their own lines via CSS. */
export function BlockView({
  block,
  caption,
  locale,
  headingLevel = 3,
}: {
  block: Block;
  caption: string;
  locale: Locale;
  /** The level of a sub-heading: one below the heading of the section it sits in. */
  headingLevel?: number;
}) {
  switch (block.type) {
    case 'paragraph':
      return <p className="charter-page__text">{block.text}</p>;
    case 'subheading':
      return (
        <Heading level={headingLevel} className="charter-page__text charter-page__block-title">
          {block.text}
        </Heading>
      );
    case 'list':
      return (
        <ul>
          {block.items.map((item, i) => (
            <li key={i} className="charter-page__text">
              {item}
            </li>
          ))}
        </ul>
      );
    case 'fields':
      return (
        <dl className="charter-page__fields">
          {block.items.map((f, i) => (
            <div key={i}>
              <dt className="charter-page__text">{f.label}</dt>
              <dd className="charter-page__text">{f.value}</dd>
            </div>
          ))}
        </dl>
      );
    case 'table':
      // On a phone, a table keeps its words and amounts whole and scrolls in its own box,
      // which the keyboard can reach (a named group, focusable) to scroll it.
      return (
        <div className="charter-page__table-box" role="group" aria-label={caption} tabIndex={0}>
          <table className="charter-page__table">
            <caption>{caption}</caption>
            <thead>
              <tr>
                {block.head.map((h, i) => (
                  <th key={i} scope="col" className="charter-page__text">
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {block.rows.map((row, r) => (
                <tr key={r}>
                  {row.map((cell, c) => (
                    <td key={c}>{cell}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      );
    case 'timeline':
      return <TimelineView block={block} locale={locale} />;
    case 'riskMatrix':
      return <RiskMatrixView block={block} />;
  }
}

/** The timeline as what it means: dated events in order, milestones numbered as in their table. */
function TimelineView({ block, locale }: { block: TimelineBlock; locale: Locale }) {
  // Named explicitly: not every browser and test DOM derives a figure's name from its caption.
  const captionId = useId();
  return (
    <figure className="charter-page__timeline" aria-labelledby={captionId}>
      <figcaption id={captionId} className="charter-page__text">
        {block.title}
      </figcaption>
      <ol>
        {block.events.map((e, i) => (
          <li key={i} className={`charter-page__event charter-page__event--${e.kind}`}>
            <time dateTime={e.date}>{formatDate(locale, e.date)}</time>
            {' — '}
            {/* Risk reviews carry their marker (R2) as on the PDF axis; periodic reviews say what they are. */}
            <span className="charter-page__text">
              {e.kind === 'milestone' ? `${e.marker}. ${e.label}` : [e.marker, e.label].filter(Boolean).join(' ')}
            </span>
          </li>
        ))}
      </ol>
    </figure>
  );
}

/** Likelihood rows (4 at the top, as in the PDF) × severity columns; the level is written, not only coloured. */
function RiskMatrixView({ block }: { block: RiskMatrixBlock }) {
  const scale = (v: number) => `${v} — ${block.scaleLabels[v - 1]}`;
  // Five columns of whole words are wider than a 320–375 px phone: the matrix scrolls in
  // its own box, as the tables do, rather than the whole page sideways.
  return (
    <div className="charter-page__table-box" role="group" aria-label={block.title} tabIndex={0}>
      <table className="charter-page__matrix">
        <caption className="charter-page__text">{block.title}</caption>
        <thead>
          <tr>
            <th scope="col" className="charter-page__text">{`${block.likelihoodLabel} \\ ${block.severityLabel}`}</th>
            {[1, 2, 3, 4].map((s) => (
              <th key={s} scope="col" className="charter-page__text">
                {scale(s)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {[4, 3, 2, 1].map((l) => (
            <tr key={l}>
              <th scope="row" className="charter-page__text">
                {scale(l)}
              </th>
              {[1, 2, 3, 4].map((s) => {
                const cell = block.cells.find((c) => c.likelihood === l && c.severity === s)!;
                return (
                  <td key={s} className={`charter-page__level charter-page__level--${cell.level}`}>
                    <span className="charter-page__numbers">{cell.riskNumbers.join(', ')}</span>
                    <span className="charter-page__level-label charter-page__text">
                      {block.levelLabels[cell.level]}
                    </span>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
