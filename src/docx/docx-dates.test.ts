// @vitest-environment node
// The Word copy writes its dates as the PDF does, in the document's language: its
// calendar listed milestones and reviews as "2026-06-30 — 1 …" (documents review).
import '../i18n/register-en';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { loadExampleFile } from '../testing/example-files';
import { makeProject } from '../testing/test-fixtures';
import { renderCharterDocx } from './render-docx';

function docxText(bytes: Uint8Array): string {
  const xml = strFromU8(unzipSync(bytes)['word/document.xml']!);
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)]
    .map((p) => [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''))
    .join('\n')
    .replace(/[\u00a0\u202f]/g, ' ');
}

describe('the Word copy’s dates', () => {
  it.each([
    ['paratronic-corail-onep.cocharte.json', 'fr', '30 juin 2026 — 1 Dossier FASEP déposé'],
    ['paratronic-corail-onep.en.cocharte.json', 'en', '30 June 2026 — 1 FASEP application submitted'],
  ] as const)('%s (%s): the calendar gives its dates in words, never as ISO dates', async (file, locale, line) => {
    const text = docxText(await renderCharterDocx(loadExampleFile(file), { locale, fingerprint: 'a'.repeat(64) }));
    expect(text).toContain(line);
    expect(text.match(/\b\d{4}-\d{2}-\d{2}\b/g) ?? []).toEqual([]);
  });
});

describe('the Word copy’s calendar', () => {
  // The PDF's calendar draws a risk review as an orange triangle « R3 » with a legend; the
  // Word list read "30 juin 2026 — R3 Dossier FASEP refusé ou retardé", as if the refusal
  // were planned on that day (documents review). It says it is the risk's review.
  it.each([
    [
      'paratronic-corail-onep.cocharte.json',
      'fr',
      '30 juin 2026 — Revue du risque n° 3 (« Dossier FASEP refusé ou retardé »)',
    ],
    [
      'paratronic-corail-onep.en.cocharte.json',
      'en',
      '30 June 2026 — Review of risk No. 3 (“FASEP application refused or delayed”)',
    ],
  ] as const)('%s (%s): a risk review is said to be one', async (file, locale, line) => {
    const text = docxText(await renderCharterDocx(loadExampleFile(file), { locale, fingerprint: 'a'.repeat(64) }));
    expect(text.split('\n')).toContain(line);
  });
});

describe('the Word copy’s creation date', () => {
  // SOURCE_DATE_EPOCH=0 (reproducible-builds.org) or --date 1970-01-01 threw "date not in
  // range 1980-2099": a zip cannot hold such a time. The file keeps the date in its
  // properties and its zip entries take the nearest time a zip can hold.
  it.each(['1970-01-01T00:00:00Z', '2150-06-01T00:00:00Z'])(
    '%s: the file is written, its properties carry the date',
    async (iso) => {
      const bytes = await renderCharterDocx(makeProject(), {
        locale: 'fr',
        fingerprint: 'a'.repeat(64),
        date: new Date(iso),
      });
      const core = strFromU8(unzipSync(bytes)['docProps/core.xml']!);
      expect(core).toContain(`>${iso}<`);
    },
  );
});
