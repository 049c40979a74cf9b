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
