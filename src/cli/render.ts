import '../i18n/deferred-fr';
// Renders Cocharte project files to PDF from the command line, one file or a whole
// workshop folder, or blank worksheets for a workshop on paper:
//   npx tsx src/cli/render.ts <project.cocharte.json | folder> <out.pdf | out-folder> [--risks-only] [--lang fr|en] [--date YYYY-MM-DD]
// With --docx, the charter is written as an editable Word file (.docx) instead.
// The creation date written in the files comes from --date, else SOURCE_DATE_EPOCH
// (reproducible-builds.org), else the clock: with either of the first two, the same
// project gives the same bytes.
//   npx tsx src/cli/render.ts <session.cocharte-atelier.json> <out-folder>   (a workshop: pair-N.pdf each)
//   npx tsx src/cli/render.ts --worksheet <step|all> [--lang fr|en] <out.pdf>
//   npx tsx src/cli/render.ts <project.cocharte.json> <out.pdf> --review N | --amendment N | --closing | --in-force
import '../i18n/register-en';
import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { createTranslator, type Locale } from '../i18n/i18n';
import { contentFingerprint } from '../domain/fingerprint';
import { PROJECT_FILE_EXTENSION, describeImportError, receiveProjectText } from '../persistence/project-file';
import { WORKSHOP_FILE_FORMAT } from '../persistence/workshop-file';
import { STEP_IDS } from '../content/catalogues';
import { renderCharterPdf, renderRiskChecklistPdf, type PdfFonts } from '../pdf/render-pdf';
import { renderInForcePdf } from '../pdf/render-in-force';
import { renderWorksheetPdf } from '../pdf/render-worksheet';
import { renderCharterDocx } from '../docx/render-docx';
import type { WorksheetStep } from '../document/worksheet-model';
import { renderRecordPdf } from '../pdf/render-record';
import { recordDocumentSource, type RecordDownload } from '../domain/record-documents';

const USAGE = [
  'Usage: npx tsx src/cli/render.ts <project.cocharte.json | folder> <out.pdf | out-folder> [--risks-only] [--lang fr|en] [--date YYYY-MM-DD|ISO instant] [--docx]',
  '       npx tsx src/cli/render.ts <session.cocharte-atelier.json> <out-folder>  (each pair of a workshop: pair-N.pdf)',
  `       npx tsx src/cli/render.ts --worksheet <${[...STEP_IDS, 'all'].join('|')}> [--lang fr|en] <out.pdf>`,
  '       npx tsx src/cli/render.ts <project.cocharte.json> <out.pdf> --review N | --amendment N | --closing | --in-force [--lang fr|en]',
].join('\n');

interface Args {
  input: string;
  output: string;
  risksOnly: boolean;
  /** The charter as an editable Word file instead of a PDF. */
  docx: boolean;
  lang: Locale | null;
  /** Set for a blank worksheet: no input file then. */
  worksheet: WorksheetStep | null;
  /** A document of the partnership record instead of the charter (issue 13). */
  record: RecordDownload | null;
  /** Creation date written in the files; fixed, it makes the output byte-identical. */
  date: Date | undefined;
}

/** `2026-03-01` (midnight UTC) or a full ISO instant; anything else is refused. */
function parseDate(value: string | undefined, from: string): Date {
  const ok = value !== undefined && /^\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:\d{2})?)?$/.test(value);
  const date = ok ? new Date(value.length === 10 ? `${value}T00:00:00Z` : value) : new Date(Number.NaN);
  if (Number.isNaN(date.getTime())) throw new CliError(`${from} must be a date like 2026-03-01, not "${value ?? ''}".`);
  return date;
}

/** SOURCE_DATE_EPOCH is a count of seconds since 1970 (reproducible-builds.org). */
function dateFromEnvironment(): Date | undefined {
  const epoch = process.env.SOURCE_DATE_EPOCH;
  if (epoch === undefined || epoch === '') return undefined;
  if (!/^\d+$/.test(epoch)) throw new CliError(`SOURCE_DATE_EPOCH must be a number of seconds, not "${epoch}".`);
  return new Date(Number(epoch) * 1000);
}

function isWorksheetStep(value: string | undefined): value is WorksheetStep {
  return value === 'all' || (STEP_IDS as readonly string[]).includes(value ?? '');
}

class CliError extends Error {}

function parseArgs(argv: string[]): Args {
  const positional: string[] = [];
  let risksOnly = false;
  let docx = false;
  let lang: Locale | null = null;
  let worksheet: WorksheetStep | null = null;
  let date = dateFromEnvironment();
  let record: RecordDownload | null = null;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--risks-only') risksOnly = true;
    else if (arg === '--closing') record = { kind: 'closing' };
    else if (arg === '--in-force') record = { kind: 'inForce' };
    else if (/^--(review|amendment)(=|$)/.test(arg)) {
      const kind = arg.startsWith('--review') ? 'review' : 'amendment';
      const value = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[++i];
      const number = Number(value);
      if (!Number.isInteger(number) || number < 1)
        throw new CliError(`--${kind} needs a number from 1, not "${value ?? ''}".`);
      record = { kind, number };
    } else if (arg === '--docx') docx = true;
    else if (arg === '--worksheet' || arg.startsWith('--worksheet=')) {
      const value = arg.includes('=') ? arg.slice('--worksheet='.length) : argv[++i];
      if (!isWorksheetStep(value))
        throw new CliError(`--worksheet must be one of ${[...STEP_IDS, 'all'].join(', ')}, not "${value ?? ''}".`);
      worksheet = value;
    } else if (arg === '--lang' || arg.startsWith('--lang=')) {
      const value = arg.includes('=') ? arg.slice('--lang='.length) : argv[++i];
      if (value !== 'fr' && value !== 'en') throw new CliError(`--lang must be "fr" or "en", not "${value ?? ''}".`);
      lang = value;
    } else if (arg === '--date' || arg.startsWith('--date=')) {
      date = parseDate(arg.includes('=') ? arg.slice('--date='.length) : argv[++i], '--date');
    } else if (arg === '--help' || arg === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else if (arg.startsWith('--')) throw new CliError(`Unknown option ${arg}.`);
    else positional.push(arg);
  }
  if (worksheet) {
    const [output] = positional;
    if (!output || positional.length > 1) throw new CliError(USAGE);
    return { input: '', output, risksOnly, docx, lang, worksheet, date, record };
  }
  const [input, output] = positional;
  if (!input || !output || positional.length > 2) throw new CliError(USAGE);
  if (docx && risksOnly) throw new CliError('--docx writes the charter: it cannot be combined with --risks-only.');
  return { input, output, risksOnly, docx, lang, worksheet, date, record };
}

function loadFonts(): PdfFonts {
  const dir = new URL('../assets/fonts/', import.meta.url);
  try {
    return {
      regular: new Uint8Array(readFileSync(new URL('DejaVuSans-subset.ttf', dir))),
      bold: new Uint8Array(readFileSync(new URL('DejaVuSans-Bold-subset.ttf', dir))),
    };
  } catch {
    throw new CliError('The subset fonts are missing from src/assets/fonts: run `npm run fonts`.');
  }
}

function readText(file: string): string {
  try {
    // Windows editors (Notepad) save UTF-8 with a byte order mark, which JSON.parse refuses.
    return readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  } catch (error) {
    throw new CliError(`${file}: cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)}).`);
  }
}

async function renderFile(
  file: string,
  out: string,
  args: Args,
  fonts: PdfFonts,
  text = readText(file),
): Promise<void> {
  const parsed = await receiveProjectText(text);
  if (!parsed.ok) {
    throw new CliError(`${file}: ${describeImportError(parsed, createTranslator(args.lang ?? 'en'))}`);
  }
  // The documents print what counts: a signature changed after it was given does not.
  for (const s of parsed.setAside ?? [])
    console.error(
      `${file}: the signature of ${s.signatoryName} on ${s.amendment === null ? 'the charter' : `amendment ${s.amendment}`} is left out (its seal no longer holds: it was changed after signing).`,
    );
  const project = parsed.project;
  const locale = args.lang ?? project.documentLanguage;
  if (args.record?.kind === 'inForce') {
    const bytes = await renderInForcePdf(project, { locale, fonts, ...(args.date ? { now: args.date } : {}) });
    if (!bytes) throw new CliError(`${file}: not signed by every partner: it has no text in force yet.`);
    writeFileSync(out, bytes);
    console.log(`${file} → ${out} (${(bytes.length / 1024).toFixed(0)} KB)`);
    return;
  }
  if (args.record) {
    const request = args.record;
    const missing =
      request.kind === 'closing'
        ? project.record.closing === null
        : !(request.kind === 'review' ? project.record.reviews : project.record.amendments).some(
            (x) => x.number === request.number,
          );
    if (missing)
      throw new CliError(
        `${file}: no ${request.kind}${'number' in request ? ` ${request.number}` : ''} in this project.`,
      );
    const source = await recordDocumentSource(project, request);
    const bytes = renderRecordPdf(source.project, request, {
      locale,
      fonts,
      fingerprint: source.fingerprint,
      parties: source.parties,
    });
    writeFileSync(out, bytes);
    console.log(`${file} → ${out} (${(bytes.length / 1024).toFixed(0)} KB)`);
    return;
  }
  const fingerprint = await contentFingerprint(project);
  if (args.docx) {
    const bytes = await renderCharterDocx(project, { locale, fingerprint, ...(args.date ? { date: args.date } : {}) });
    writeFileSync(out, bytes);
    console.log(`${file} → ${out} (${(bytes.length / 1024).toFixed(0)} KB)`);
    return;
  }
  const render = args.risksOnly ? renderRiskChecklistPdf : renderCharterPdf;
  const bytes = render(project, { locale, fonts, fingerprint, ...(args.date ? { now: args.date } : {}) });
  writeFileSync(out, bytes);
  console.log(`${file} → ${out} (${(bytes.length / 1024).toFixed(0)} KB)`);
}

async function main(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  const fonts = loadFonts();
  if (args.worksheet) {
    const bytes = renderWorksheetPdf({
      fonts,
      locale: args.lang ?? 'fr',
      step: args.worksheet,
      ...(args.date ? { now: args.date } : {}),
    });
    writeFileSync(args.output, bytes);
    console.log(`worksheet ${args.worksheet} → ${args.output} (${(bytes.length / 1024).toFixed(0)} KB)`);
    return 0;
  }
  let isFolder: boolean;
  try {
    isFolder = statSync(args.input).isDirectory();
  } catch {
    throw new CliError(`${args.input}: no such file or folder.`);
  }
  if (!isFolder) {
    const text = readText(args.input);
    const pairs = workshopPairs(text);
    if (pairs) return renderWorkshop(args, fonts, pairs);
    await renderFile(args.input, args.output, args, fonts, text);
    return 0;
  }

  // Workshop mode: every project in the folder, one PDF each; a bad file is reported
  // and skipped so that one damaged export does not block the whole session.
  const files = readdirSync(args.input)
    .filter((f) => f.endsWith(PROJECT_FILE_EXTENSION))
    .sort();
  if (files.length === 0) throw new CliError(`${args.input}: no *${PROJECT_FILE_EXTENSION} file in this folder.`);
  mkdirSync(args.output, { recursive: true });
  let failures = 0;
  for (const name of files) {
    const suffix = args.docx ? '.docx' : `${args.risksOnly ? '-risks' : ''}.pdf`;
    const out = join(args.output, `${basename(name, PROJECT_FILE_EXTENSION)}${suffix}`);
    try {
      await renderFile(join(args.input, name), out, args, fonts);
    } catch (error) {
      failures++;
      console.error(error instanceof CliError ? error.message : `${name}: ${String(error)}`);
    }
  }
  console.log(`${files.length - failures} of ${files.length} ${files.length === 1 ? 'project' : 'projects'} rendered.`);
  return failures > 0 ? 1 : 0;
}

/** The pairs of a workshop session file (« Enregistrer la séance »); null for any other file. */
function workshopPairs(text: string): { number: number; name: string; file: unknown }[] | null {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return null;
  }
  const session = data as { format?: unknown; pairs?: unknown };
  if (session?.format !== WORKSHOP_FILE_FORMAT || !Array.isArray(session.pairs)) return null;
  return session.pairs.map((p: { number?: unknown; name?: unknown; file?: unknown }, i) => ({
    number: Number.isInteger(p?.number) ? (p.number as number) : i + 1,
    name: typeof p?.name === 'string' ? p.name : '',
    file: p?.file ?? null,
  }));
}

/** A session file: each pair's project (an ordinary project file inside it) gives pair-N.pdf in the output folder. */
async function renderWorkshop(
  args: Args,
  fonts: PdfFonts,
  pairs: { number: number; name: string; file: unknown }[],
): Promise<number> {
  mkdirSync(args.output, { recursive: true });
  const suffix = args.docx ? '.docx' : `${args.risksOnly ? '-risks' : ''}.pdf`;
  let failures = 0;
  let rendered = 0;
  for (const pair of pairs) {
    const label = `${args.input}: pair ${pair.number}${pair.name ? ` (${pair.name})` : ''}`;
    if (pair.file === null) {
      console.error(`${label}: its project was not on the device when the session was saved; nothing to print.`);
      continue;
    }
    try {
      await renderFile(
        label,
        join(args.output, `pair-${pair.number}${suffix}`),
        args,
        fonts,
        JSON.stringify(pair.file),
      );
      rendered++;
    } catch (error) {
      failures++;
      console.error(error instanceof CliError ? error.message : `${label}: ${String(error)}`);
    }
  }
  const total = rendered + failures;
  console.log(`${rendered} of ${total} ${total === 1 ? 'pair' : 'pairs'} rendered.`);
  return failures > 0 ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof CliError ? error.message : error);
    process.exit(1);
  },
);
