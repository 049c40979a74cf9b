import { useEffect, useState } from 'react';
import { BlockView } from '../charter-view/charter-blocks';
import '../charter-view/charter-page.css';
import { useI18n } from '../i18n/i18n-provider';
import { createTranslator, type Locale } from '../i18n/i18n';
import type { DraftProject } from '../schemas/project.schema';
import { recordDocumentSource, type RecordDocumentRequest } from '../domain/record-documents';
import {
  buildAmendmentModel,
  buildClosingReportModel,
  buildReviewReportModel,
  type RecordDocumentModel,
} from '../document/record-model';

/** The same model the PDF draws, for a review report, an amendment or the closing report. */
export async function buildRecordDocument(
  project: DraftProject,
  request: RecordDocumentRequest,
  locale: Locale,
): Promise<RecordDocumentModel> {
  const source = await recordDocumentSource(project, request);
  const t = createTranslator(locale);
  const opts = { fingerprint: source.fingerprint };
  if (request.kind === 'review') return buildReviewReportModel(source.project, request.number, t, locale, opts);
  if (request.kind === 'closing') return buildClosingReportModel(source.project, t, locale, opts);
  const amendment = source.project.record.amendments.find((a) => a.number === request.number);
  if (!amendment) throw new RangeError(`No amendment number ${request.number}`);
  return buildAmendmentModel(source.project, amendment, t, locale, { ...opts, parties: source.parties });
}

/**
 * A record document as an accessible web page: one heading per section, tables with
 * captions, the risk matrices as the charter page draws them, the signatures as text.
 */
export function RecordDocumentPage({ model }: { model: RecordDocumentModel }) {
  return (
    <article className="charter-page" lang={model.meta.locale} aria-labelledby="record-doc-title">
      <header>
        <p className="charter-page__text">{model.partnershipTitle}</p>
        <h1 id="record-doc-title">{model.documentTitle}</h1>
        <BlockView block={{ type: 'fields', items: model.summary }} caption="" locale={model.meta.locale} />
      </header>
      {model.sections.map((s, i) => (
        <section key={i} aria-labelledby={`record-doc-s${i}`}>
          <h2 id={`record-doc-s${i}`}>{s.heading}</h2>
          {s.blocks.map((b, j) => (
            <BlockView key={j} block={b} caption={s.heading} locale={model.meta.locale} />
          ))}
        </section>
      ))}
      {model.signatures && (
        <section aria-labelledby="record-doc-signatures">
          <h2 id="record-doc-signatures">{model.signatures.labels.signature}</h2>
          <p>{model.signatures.intro}</p>
          <p>
            {model.signatures.fingerprintLabel} <code>{model.fingerprint}</code>
          </p>
          <ul>
            {model.signatures.slots.map((slot) => (
              <li key={slot.partnerName}>
                <strong>{slot.partnerName}</strong>
                {slot.signed
                  ? ` — ${slot.signed.name}, ${slot.signed.title}, ${slot.signed.place}, ${slot.signed.date}`
                  : ''}
              </li>
            ))}
          </ul>
        </section>
      )}
    </article>
  );
}

/** Builds the page's model for the project and request, in the UI's language unless told. */
export function RecordDocumentView({
  project,
  request,
  locale,
}: {
  project: DraftProject;
  request: RecordDocumentRequest;
  locale?: Locale;
}) {
  const i18n = useI18n();
  const lang = locale ?? i18n.locale;
  const [model, setModel] = useState<RecordDocumentModel | null>(null);
  useEffect(() => {
    let live = true;
    buildRecordDocument(project, request, lang).then((m) => {
      if (live) setModel(m);
    });
    return () => {
      live = false;
    };
  }, [project, request, lang]);
  if (!model) return <p role="status">{i18n.t('record.ui.checking')}</p>;
  return <RecordDocumentPage model={model} />;
}
