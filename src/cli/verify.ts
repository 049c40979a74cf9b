import '../i18n/deferred-fr';
// Verifies the signatures of a Cocharte project or of a sealed charter PDF, offline:
//   npm run verify -- <project.cocharte.json | charter.pdf> [project.cocharte.json]
// Prints each signature's status; exit code 0 when everything verifies, 1 when anything is
// invalid or signed another version, 2 when the file cannot be read, 3 when nothing is
// invalid but some signatures predate sealing (see verify-report.ts).
import '../i18n/register-en';
import { readFileSync } from 'node:fs';
import type { DraftProject } from '../schemas/project.schema';
import { EXIT, readProjectText, verifyPdfBytes, verifyProjectText } from './verify-report';

const USAGE = [
  'Usage: npm run verify -- <project.cocharte.json | charter.pdf>',
  '       npm run verify -- <charter.pdf> <project.cocharte.json>   (also checks the PDF is that version)',
].join('\n');

function read(file: string): Uint8Array | null {
  try {
    return new Uint8Array(readFileSync(file));
  } catch (error) {
    console.error(`${file}: cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)}).`);
    return null;
  }
}

async function main(argv: string[]): Promise<number> {
  const [file, projectFile, ...rest] = argv;
  if (!file || rest.length > 0 || file === '--help' || file === '-h') {
    console.error(USAGE);
    return file === '--help' || file === '-h' ? EXIT.ok : EXIT.unreadable;
  }
  const bytes = read(file);
  if (!bytes) return EXIT.unreadable;
  // A PDF starts with "%PDF-"; anything else is read as a project file.
  const isPdf = new TextDecoder().decode(bytes.subarray(0, 5)) === '%PDF-';
  if (projectFile && !isPdf) {
    console.error(USAGE);
    return EXIT.unreadable;
  }
  let project: DraftProject | undefined;
  if (projectFile) {
    const projectBytes = read(projectFile);
    if (!projectBytes) return EXIT.unreadable;
    const parsed = readProjectText(new TextDecoder().decode(projectBytes));
    if (!parsed.ok) {
      console.error(`${projectFile}: ${parsed.error}`);
      return EXIT.unreadable;
    }
    project = parsed.project;
  }
  const outcome = isPdf
    ? await verifyPdfBytes(bytes, project)
    : await verifyProjectText(new TextDecoder().decode(bytes));
  console.log(file);
  for (const line of outcome.lines) console.log(line);
  return outcome.code;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(EXIT.unreadable);
  },
);
