// @vitest-environment node
// `npm run render -- <file> <out.pdf> --review N | --amendment N | --closing | --in-force`, as users run it.
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'cocharte-cli-record-'));
const file = 'tests/fixtures/project-files/v2-record.cocharte.json';
const run = (...args: string[]) =>
  execFileSync('npx', ['tsx', 'src/cli/render.ts', ...args], { cwd: root, encoding: 'utf8', stdio: 'pipe' });
const text = (pdf: string) =>
  execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');

describe('render CLI on a partnership record', () => {
  it.each([
    [['--review', '2'], 'BILAN N° 2'],
    [['--amendment=1'], 'AVENANT N° 1'],
    [['--closing'], 'BILAN DE FIN DE PARTENARIAT'],
    [['--in-force'], 'Texte en vigueur'],
  ])(
    'renders %s',
    (flags, title) => {
      const out = join(dir, `${flags.join('')}.pdf`);
      run(file, out, ...flags);
      expect(execFileSync('qpdf', ['--check', out], { encoding: 'utf8' })).toMatch(
        /No syntax or stream encoding errors/,
      );
      expect(text(out)).toContain(title);
    },
    60_000,
  );

  it('says so when a charter has no record to consolidate', () => {
    expect(() => run('src/examples/terrena-afdi-cobsac.cocharte.json', join(dir, 'y.pdf'), '--in-force')).toThrow(
      /not signed by every partner: it has no text in force/,
    );
  }, 60_000);

  it('says so when the review does not exist', () => {
    expect(() => run(file, join(dir, 'x.pdf'), '--review', '9')).toThrow(/no review 9 in this project/);
  }, 60_000);
});
