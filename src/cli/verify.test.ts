// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { serializeProject } from '../persistence/project-file';
import { renderSealedCharterPdf } from '../pdf/seal-pdf';
import { loadFonts, writeTemp } from '../testing/pdf-test-support';
import { sealedProject } from '../testing/sealed-project';
import { signature as oldSignature } from '../testing/test-projects';
import { EXIT, verifyPdfBytes, verifyProjectText } from './verify-report';

const root = fileURLToPath(new URL('../../', import.meta.url));
const encode = (s: string) => new TextEncoder().encode(s);

/** `npm run verify -- <file>` as a user runs it. */
function cli(file: string) {
  const run = spawnSync('npm', ['run', '--silent', 'verify', '--', file], { cwd: root, encoding: 'utf8' });
  return { code: run.status, out: run.stdout };
}

describe('npm run verify', async () => {
  const { project, fingerprint, keys } = await sealedProject();
  const file = serializeProject(project);
  const pdf = await renderSealedCharterPdf(project, {
    locale: 'en',
    fonts: loadFonts(),
    fingerprint,
    keys: keys.asso!,
  });

  it('reports every signature of a signed project valid and exits 0', async () => {
    const { lines, code } = await verifyProjectText(file);
    expect(code).toBe(EXIT.ok);
    expect(lines.filter((l) => l.includes(': VALID — signed this version'))).toHaveLength(3);
    expect(lines.at(-1)).toBe('Result: everything verifies.');
  });

  it('names the field of a damaged project it cannot read', async () => {
    const damaged = JSON.parse(file);
    damaged.project.partners.partners[1].legal.registrationKind = 'foreign';
    const { lines, code } = await verifyProjectText(JSON.stringify(damaged));
    expect(code).toBe(EXIT.unreadable);
    expect(lines.join('\n')).toContain(
      'partners.partners[1].legal.registrationKind: expected one of “siret”, “rna”, “other” or empty, found “foreign”.',
    );
  });

  it('reports a project whose content was edited after signing as signed on a different version', async () => {
    const edited = file.replace('"purpose": "', '"purpose": "Nouvel objet. ');
    expect(edited).not.toBe(file);
    const { lines, code } = await verifyProjectText(edited);
    expect(code).toBe(EXIT.invalid);
    expect(lines.filter((l) => l.includes('OTHER VERSION — intact, but signed a different version'))).toHaveLength(3);
  });

  it('names the signature whose record was tampered with, and why', async () => {
    const tampered = file.replace('"signatoryName": "Marc Lefèvre"', '"signatoryName": "Marc Faussaire"');
    expect(tampered).not.toBe(file);
    const { lines, code } = await verifyProjectText(tampered);
    expect(code).toBe(EXIT.invalid);
    expect(lines).toContain(
      '  Signature 2, Marc Faussaire (Coopérative Œuvre & Sol): INVALID — the record was changed after signing, or was signed with another key than the one it names',
    );
    expect(lines.filter((l) => l.includes(': VALID'))).toHaveLength(2);
    expect(lines.at(-1)).toBe('Result: NOT VALID.');
  });

  it('never reports a signature made before sealing as valid', async () => {
    const old = serializeProject({ ...project, signatures: [{ ...oldSignature('asso'), fingerprint }] });
    const { lines, code } = await verifyProjectText(old);
    expect(code).toBe(EXIT.unverified);
    expect(lines.join('\n')).toContain('UNVERIFIED — made before signatures were sealed');
  });

  it('checks a sealed PDF: the seal over the bytes, then the signatures against the embedded fingerprint', async () => {
    const { lines, code } = await verifyPdfBytes(pdf);
    expect(code).toBe(EXIT.ok);
    expect(lines[0]).toMatch(/^PDF seal 1 \(O=Afdi, CN=Élise Guérin\): VALID — covers the whole file/);
    expect(lines).toContain(`Content fingerprint embedded: ${fingerprint}`);
    expect(lines.some((l) => l.startsWith('  Signature 3, Nguyễn Thị Minh Khai (Hợp tác xã Sao Biển): VALID'))).toBe(
      true,
    );
    expect(lines.filter((l) => l.includes(': VALID — signed this version'))).toHaveLength(3);
  });

  it('tells whether a PDF is the version of a given project file', async () => {
    const same = await verifyPdfBytes(pdf, project);
    expect(same.code).toBe(EXIT.ok);
    expect(same.lines).toContain('Project file: same content as this PDF.');
    const edited = { ...project, framework: { ...project.framework, purpose: 'Un autre objet.' } };
    const other = await verifyPdfBytes(pdf, edited);
    expect(other.code).toBe(EXIT.invalid);
    expect(other.lines.join('\n')).toMatch(/Project file: DIFFERENT content/);
  });

  it('runs from npm: exit 0 on the signed project and its PDF, 1 on a tampered project and on a PDF changed by one byte', () => {
    const changed = new Uint8Array(pdf);
    const at = Buffer.from(pdf).indexOf('/Creator (Cocharte)') + '/Creator (Cochar'.length;
    changed[at] = 'd'.charCodeAt(0);
    const signedFile = writeTemp(encode(file), 'signed.cocharte.json');
    const tamperedFile = writeTemp(
      encode(file.replace('"place": "Lyon"', '"place": "Paris"')),
      'tampered.cocharte.json',
    );
    const signedPdf = writeTemp(pdf, 'charter.pdf');
    const changedPdf = writeTemp(changed, 'changed.pdf');
    expect(cli(signedFile).code).toBe(0);
    const tampered = cli(tamperedFile);
    expect(tampered.code).toBe(1);
    expect(tampered.out).toContain('INVALID');
    expect(cli(signedPdf).code).toBe(0);
    const broken = cli(changedPdf);
    expect(broken.code).toBe(1);
    expect(broken.out).toContain('INVALID — digest mismatch: the file was changed after it was sealed');
  }, 60_000);
});
