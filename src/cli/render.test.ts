// @vitest-environment node
// The CLI as users run it: `npx tsx src/cli/render.ts <example> <out.pdf>`, then qpdf and
// pdftotext on the file it wrote.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTranslator } from '../i18n/i18n';
import { buildCharterModel } from '../document/charter-model';
import { loadExample } from '../tools/docs-images';
import { serializeProject } from '../persistence/project-file-format';
import { sealedProject } from '../testing/sealed-project';
import { baseProject } from '../testing/test-projects';
import { strFromU8, unzipSync } from 'fflate';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'cocharte-cli-'));
const example = 'src/examples/terrena-afdi-cobsac.cocharte.json';
const run = (...args: string[]) =>
  execFileSync('npx', ['tsx', 'src/cli/render.ts', ...args], { cwd: root, encoding: 'utf8' });
const runWith = (env: Record<string, string>, ...args: string[]) =>
  execFileSync('npx', ['tsx', 'src/cli/render.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });
const squash = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ');

let out: string;
let text: string;

beforeAll(() => {
  out = join(dir, 'terrena.pdf');
  run(example, out);
  text = squash(execFileSync('pdftotext', ['-enc', 'UTF-8', out, '-'], { encoding: 'utf8' }));
}, 60_000);

describe('render CLI on the Terrena example', () => {
  it('writes a PDF that passes qpdf --check', () => {
    expect(execFileSync('qpdf', ['--check', out], { encoding: 'utf8' })).toMatch(/No syntax or stream encoding errors/);
  });

  it('holds every partner, article title and risk title, accents intact', () => {
    const project = loadExample();
    const model = buildCharterModel(project, createTranslator(project.documentLanguage), project.documentLanguage);
    const expected = [
      ...project.partners.partners.map((p) => p.name),
      ...model.articles.map((a) => a.heading),
      ...project.impacts.risks.map((r) => r.title),
    ];
    expect(expected.some((s) => /[éèàçôœ’]/.test(s))).toBe(true);
    expect(expected.filter((s) => !text.includes(squash(s)))).toEqual([]);
  });

  it('writes a blank worksheet without a project file', () => {
    const sheet = join(dir, 'sheet.pdf');
    run('--worksheet', 'impacts', '--lang', 'en', sheet);
    expect(execFileSync('qpdf', ['--check', sheet], { encoding: 'utf8' })).toMatch(
      /No syntax or stream encoding errors/,
    );
    expect(squash(execFileSync('pdftotext', ['-enc', 'UTF-8', sheet, '-'], { encoding: 'utf8' }))).toContain(
      'Impacts and risks',
    );
  }, 30_000);
});

describe('render CLI, reproducible output', () => {
  it('gives byte-identical PDFs for the same project and --date, with the date in /CreationDate', () => {
    const a = join(dir, 'a.pdf');
    const b = join(dir, 'b.pdf');
    run(example, a, '--date', '2026-03-01');
    run(example, b, '--date=2026-03-01');
    const bytesA = readFileSync(a);
    expect(bytesA.equals(readFileSync(b))).toBe(true);
    expect(bytesA.toString('latin1')).toMatch(/\/CreationDate \(D:20260301/);
  }, 60_000);

  it('gives byte-identical Word copies for the same --date, dated in their properties, in any time zone', () => {
    const a = join(dir, 'a.docx');
    const b = join(dir, 'b.docx');
    run(example, a, '--docx', '--date', '2026-03-01');
    runWith({ TZ: 'Pacific/Kiritimati' }, example, b, '--docx', '--date', '2026-03-01');
    const bytesA = readFileSync(a);
    expect(bytesA.equals(readFileSync(b))).toBe(true);
    const core = strFromU8(unzipSync(new Uint8Array(bytesA))['docProps/core.xml']!);
    expect(core).toContain('>2026-03-01T00:00:00Z</dcterms:created>');
    expect(core).toContain('>2026-03-01T00:00:00Z</dcterms:modified>');
  }, 60_000);

  it('honours SOURCE_DATE_EPOCH when no --date is given', () => {
    const a = join(dir, 'epoch-a.pdf');
    const b = join(dir, 'epoch-b.pdf');
    // 1 March 2026, 00:00 UTC
    runWith({ SOURCE_DATE_EPOCH: '1772323200' }, example, a);
    runWith({ SOURCE_DATE_EPOCH: '1772323200' }, example, b);
    expect(readFileSync(a).equals(readFileSync(b))).toBe(true);
    expect(readFileSync(a).toString('latin1')).toMatch(/\/CreationDate \(D:20260301/);
  }, 60_000);

  it('refuses a --date that is not a date, naming the option', () => {
    expect(() =>
      execFileSync('npx', ['tsx', 'src/cli/render.ts', example, join(dir, 'x.pdf'), '--date', 'soon'], {
        cwd: root,
        encoding: 'utf8',
        stdio: 'pipe',
      }),
    ).toThrow(/--date must be a date/);
  }, 30_000);

  it('accepts a project file saved with a UTF-8 byte order mark', () => {
    const withBom = join(dir, 'bom.cocharte.json');
    writeFileSync(withBom, `\uFEFF${readFileSync(join(root, example), 'utf8')}`);
    const out = join(dir, 'bom.pdf');
    run(withBom, out, '--date', '2026-03-01');
    expect(squash(execFileSync('pdftotext', ['-enc', 'UTF-8', out, '-'], { encoding: 'utf8' }))).toContain('Terrena');
  }, 30_000);
});

describe('render CLI, signatures changed after signing', () => {
  it('leaves out a signature whose seal no longer holds, and says which on stderr', async () => {
    const { project } = await sealedProject(baseProject());
    project.signatures[1] = { ...project.signatures[1]!, signatoryName: 'Quelqu’un d’autre' };
    const input = join(dir, 'tampered.cocharte.json');
    writeFileSync(input, serializeProject(project));
    const pdf = join(dir, 'tampered.pdf');
    const result = spawnSync('npx', ['tsx', 'src/cli/render.ts', input, pdf, '--date', '2026-03-01'], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(result.status).toBe(0);
    expect(result.stderr).toContain('the signature of Quelqu’un d’autre on the charter is left out');
    const printed = squash(execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' }));
    expect(printed).toContain('Élise Guérin');
    expect(printed).not.toContain('Quelqu’un d’autre');
  }, 30_000);
});

describe('render CLI, a damaged project file', () => {
  it('names the field and what it expects, as the README promises for limits', () => {
    const file = JSON.parse(serializeProject(baseProject()));
    file.project.partners.partners[1].legal.registrationKind = 'foreign';
    const input = join(dir, 'damaged.cocharte.json');
    writeFileSync(input, JSON.stringify(file));
    const result = spawnSync('npx', ['tsx', 'src/cli/render.ts', input, join(dir, 'damaged.pdf')], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain('This Cocharte project is damaged');
    expect(result.stderr).toContain(
      'partners.partners[1].legal.registrationKind: expected one of “siret”, “rna”, “other” or empty, found “foreign”.',
    );
  }, 30_000);
});

describe('render CLI, Word copy', () => {
  it('writes the charter as a .docx holding every article heading, in order', () => {
    const out = join(dir, 'terrena.docx');
    run(example, out, '--docx');
    const xml = strFromU8(unzipSync(new Uint8Array(readFileSync(out)))['word/document.xml']!);
    const text = xml.replace(/<[^>]+>/g, '');
    const project = loadExample();
    const model = buildCharterModel(project, createTranslator(project.documentLanguage), project.documentLanguage);
    const at = model.articles.map((a) => text.indexOf(a.heading));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
  }, 30_000);
});
