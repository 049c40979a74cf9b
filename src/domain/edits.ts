import type { StepId } from '../content/catalogues';
import type { Locale } from '../i18n/i18n';
import { canonicalJson } from '../lib/canonical-json';
import { cleanText } from '../lib/clean-text';
import { newId } from '../lib/ids';
import type { DraftProject, StepData } from '../schemas/project.schema';
import type { Signature } from '../schemas/signature.schema';
import { sameContent } from './fingerprint';
import { reconcilePartners } from './reconcile';
import { canAddSignature } from './signatures';

/**
 * Every change to a project, as plain functions. Each takes the time of the change (`now`)
 * so callers and tests decide what "now" is, and each returns a new project (projects are
 * never mutated: memoised answers are keyed by object).
 */

/** One step's new data, typed by the step it belongs to. */
export type StepEdit = { [S in StepId]: { step: S; data: StepData<S> } }[StepId];

export interface EditResult {
  project: DraftProject;
  /** The edit changed the signed text of a project that had signatures: they are gone. */
  voided: boolean;
}

/**
 * The one place `updatedAt` is stamped; exported for changes made elsewhere (a merge). A
 * project whose text's date is unknown (a file from before it was kept) has its text dated
 * by its last save before this one: a signature or a setting never re-dates the version.
 */
export function stamped(project: DraftProject, now: Date): DraftProject {
  return { ...project, contentChangedAt: project.contentChangedAt ?? project.updatedAt, updatedAt: now.toISOString() };
}

function withStep(project: DraftProject, edit: StepEdit): DraftProject {
  switch (edit.step) {
    // The partner list drives the per-partner sections of the later steps.
    case 'partners':
      return reconcilePartners({ ...project, partners: edit.data });
    case 'motivations':
      return { ...project, motivations: edit.data };
    case 'framework':
      return { ...project, framework: edit.data };
    case 'followUp':
      return { ...project, followUp: edit.data };
    case 'impacts':
      return { ...project, impacts: edit.data };
  }
}

/**
 * A new version of the signed content. The same text (same fingerprint) changes nothing,
 * not even the update date. Another text voids every signature: co-signed means every
 * partner signed the same text — the one place signatures are voided by an edit.
 */
export function editContent(project: DraftProject, next: DraftProject, now: Date): EditResult {
  if (sameContent(project, next)) return { project, voided: false };
  const voided = project.signatures.length > 0;
  return { project: stamped({ ...next, signatures: [], contentChangedAt: now.toISOString() }, now), voided };
}

/** Saves one step's data (a draft while typing, or a submission). */
export function applyStep(project: DraftProject, edit: StepEdit, now: Date): EditResult {
  return editContent(project, withStep(project, edit), now);
}

/** The project's title is part of the signed text: renaming is an edit like any other. */
export function renameProject(project: DraftProject, title: string, now: Date): EditResult {
  return applyStep(project, { step: 'partners', data: { ...project.partners, title: cleanText(title) } }, now);
}

/** Whether the documents' language is the one a partner signed in, and stays. */
export function isDocumentLanguageFixed(project: Pick<DraftProject, 'signatures'>): boolean {
  return project.signatures.length > 0;
}

export interface DocumentSettings {
  language?: Locale;
  bilingual?: boolean;
}

/**
 * How the charter is printed, not what partners agreed: signatures stay. Once a partner
 * signed, its language stays (the suggested clauses are worded in it: another language
 * would print words nobody signed); the bilingual setting still adds a translation.
 */
export function setDocumentSettings(project: DraftProject, settings: DocumentSettings, now: Date): DraftProject {
  const documentLanguage = isDocumentLanguageFixed(project)
    ? project.documentLanguage
    : (settings.language ?? project.documentLanguage);
  const bilingualDocuments = settings.bilingual ?? project.bilingualDocuments;
  if (documentLanguage === project.documentLanguage && bilingualDocuments === project.bilingualDocuments)
    return project;
  return stamped({ ...project, documentLanguage, bilingualDocuments }, now);
}

/**
 * Records a partner's signature, replacing an earlier one of that partner. Refused
 * (the project is returned unchanged) unless it passes the signature rule.
 */
export function addSignature(project: DraftProject, signature: Signature, now: Date): DraftProject {
  if (!canAddSignature(project, signature)) return project;
  const others = project.signatures.filter((s) => s.partnerId !== signature.partnerId);
  return stamped({ ...project, signatures: [...others, signature] }, now);
}

export function removeSignature(project: DraftProject, partnerId: string, now: Date): DraftProject {
  if (!project.signatures.some((s) => s.partnerId === partnerId)) return project;
  return stamped({ ...project, signatures: project.signatures.filter((s) => s.partnerId !== partnerId) }, now);
}

/**
 * Whether two copies are the same project for the user: same signed text, same document
 * settings, same signatures, same partnership record (a copy whose record grew is another
 * project to compare with, never one to open in place of the local copy). Dates of saving
 * and steps visited do not count.
 */
export function sameProject(a: DraftProject, b: DraftProject): boolean {
  return (
    sameContent(a, b) &&
    a.documentLanguage === b.documentLanguage &&
    a.bilingualDocuments === b.bilingualDocuments &&
    canonicalJson(a.signatures) === canonicalJson(b.signatures) &&
    (a.record === b.record || canonicalJson(a.record) === canonicalJson(b.record))
  );
}

/** A copy with its own identity (a worked example taken as a start, a duplicate): unsigned. */
export function asNewProject(project: DraftProject, now: Date): DraftProject {
  const at = now.toISOString();
  return { ...project, id: newId(), createdAt: at, updatedAt: at, contentChangedAt: at, signatures: [] };
}

/** Marks a step as seen, so it can be reached from the stepper. Not an edit: no date. */
export function markVisited(project: DraftProject, step: StepId): DraftProject {
  return project.visited.includes(step) ? project : { ...project, visited: [...project.visited, step] };
}
