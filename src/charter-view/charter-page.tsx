import '../i18n/deferred-fr';
// The charter as an accessible web page: the same CharterModel as the PDF (pdf/charter-model),
// as semantic HTML in the same order, with a print stylesheet for a clean paper copy.
// The PDF from jsPDF is untagged; this page is the version screen readers can follow.
// Documents may be in English whatever the interface's language.
import '../i18n/register-en';
import { useMemo, type ReactNode } from 'react';
import { createTranslator, type Locale } from '../i18n/i18n';
import { buildCharterModel } from '../document/charter-model';
import type { Article } from '../document/document-model';
import type { DraftProject } from '../schemas/project.schema';
import { BlockView } from './charter-blocks';
import { SignaturesView } from './charter-signatures';
import { Heading } from './heading';
import './charter-page.css';

export interface CharterPageProps {
  project: DraftProject;
  /** Language of the document (project.documentLanguage in the app), not necessarily the UI's. */
  locale: Locale;
  /** Content fingerprint (64 hex digits) of this version, as printed on the PDF. */
  fingerprint: string;
  /**
   * The text in force of a partnership record: the signed charter with its co-signed
   * amendments applied (how many). Its cover says so, and it has no boxes to sign: its
   * signatures are the charter's and each amendment's, on their own texts.
   */
  inForce?: { amendments: number; since?: string };
  /** The level of the charter's title: 1 when it is the page, lower under a screen's own title. */
  headingLevel?: number;
}

export function CharterPage({ project, locale, fingerprint, inForce, headingLevel = 1 }: CharterPageProps) {
  const tt = useMemo(() => createTranslator(locale), [locale]);
  // By its values: callers pass a fresh `inForce` object on every render.
  const amendments = inForce?.amendments;
  const since = inForce?.since;
  const model = useMemo(
    () =>
      buildCharterModel(project, tt, locale, {
        fingerprint,
        ...(amendments !== undefined ? { inForce: { amendments, ...(since ? { since } : {}) } } : {}),
      }),
    [project, tt, locale, fingerprint, amendments, since],
  );
  const { cover } = model;
  return (
    <article className="charter-page" lang={locale}>
      <header className="charter-page__cover">
        <Heading level={headingLevel} className="charter-page__cover-title">
          <span className="charter-page__eyebrow charter-page__text">{model.documentTitle}</span>{' '}
          {/* With no title yet the model falls back on the document title: say it once. */}
          {model.partnershipTitle !== model.documentTitle && (
            <span className="charter-page__title">{model.partnershipTitle}</span>
          )}
        </Heading>
        <p className="charter-page__muted charter-page__text">{cover.between}</p>
        <ul className="charter-page__partners">
          {cover.partners.map((p, i) => (
            <li key={i}>
              <strong>{p.name}</strong>
              <span className="charter-page__muted charter-page__text">
                {[p.kind, p.place].filter(Boolean).join(' · ')}
              </span>
            </li>
          ))}
        </ul>
        <div className={`charter-page__status${cover.tone === 'signed' ? ' charter-page__status--signed' : ''}`}>
          <p>
            <strong className="charter-page__text">{cover.status}</strong>
          </p>
          <p className="charter-page__text">{cover.version}</p>
          {cover.fingerprintLine && <p className="charter-page__text">{cover.fingerprintLine}</p>}
        </div>
        <p className="charter-page__text">{cover.preamble}</p>
      </header>
      {model.articles.map((article) => (
        <ArticleView key={article.id} article={article} locale={locale} level={headingLevel + 1}>
          {article.id === 'signatures' && model.signable && (
            <SignaturesView
              signatures={model.signatures}
              fingerprint={fingerprint}
              locale={locale}
              headingLevel={headingLevel + 2}
            />
          )}
        </ArticleView>
      ))}
    </article>
  );
}

function ArticleView({
  article,
  locale,
  level,
  children,
}: {
  article: Article;
  locale: Locale;
  level: number;
  children?: ReactNode;
}) {
  const headingId = `charter-article-${article.id}`;
  // Tables are captioned by the sub-heading above them, or by the article's title.
  let caption = article.title;
  return (
    <section className={`charter-page__article charter-page__article--${article.id}`} aria-labelledby={headingId}>
      <Heading level={level} id={headingId} className="charter-page__text charter-page__article-title">
        {article.heading}
      </Heading>
      {article.blocks.map((block, i) => {
        if (block.type === 'subheading') caption = block.text;
        return <BlockView key={i} block={block} caption={caption} locale={locale} headingLevel={level + 1} />;
      })}
      {children}
    </section>
  );
}
