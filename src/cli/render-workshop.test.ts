// @vitest-environment node
// After a workshop the facilitator has one session file (« Enregistrer la séance ») and
// prints every pair's charter from it with `npm run render`, as the README says.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { serializeWorkshop } from '../persistence/workshop-file';
import { baseProject } from '../testing/test-projects';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'cocharte-workshop-cli-'));
const squash = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ');

describe('render CLI on a workshop session file', () => {
  it('prints each pair’s charter into the output folder, names whole, and says which pair has no project', () => {
    const first = baseProject();
    const withNames = {
      ...first,
      id: 'pair1',
      partners: {
        ...first.partners,
        title: 'Binôme 1 — Nguyễn Văn An et شركة الأمل',
        partners: first.partners.partners.map((p, i) => (i === 0 ? { ...p, name: 'Hội Nông dân Đà Nẵng' } : p)),
      },
    };
    const second = { ...baseProject(), id: 'pair2' };
    const session = serializeWorkshop(
      {
        active: true,
        minutes: 20,
        pairs: [
          { number: 1, projectId: 'pair1', name: 'Nguyễn Văn An et شركة الأمل', startedAt: '2026-11-30T09:00:00Z' },
          { number: 2, projectId: 'gone', name: 'Lagazel et EdM', startedAt: '2026-11-30T09:30:00Z' },
          { number: 3, projectId: 'pair2', name: '', startedAt: '2026-11-30T10:00:00Z' },
        ],
      },
      (id) => (id === 'pair1' ? withNames : id === 'pair2' ? second : null),
      new Date('2026-11-30T12:00:00Z'),
    );
    const file = join(dir, 'atelier-2026-11-30.cocharte-atelier.json');
    writeFileSync(file, session);
    const out = join(dir, 'out');
    const result = spawnSync('npx', ['tsx', 'src/cli/render.ts', file, out, '--date', '2026-11-30'], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(result.stderr).toContain(
      'pair 2 (Lagazel et EdM): its project was not on the device when the session was saved',
    );
    expect(result.stdout).toContain('2 of 2 pairs rendered.');
    expect(result.status).toBe(0);
    expect(existsSync(join(out, 'pair-2.pdf'))).toBe(false);
    const text = squash(
      execFileSync('pdftotext', ['-enc', 'UTF-8', join(out, 'pair-1.pdf'), '-'], { encoding: 'utf8' }),
    );
    expect(text).toContain('Hội Nông dân Đà Nẵng');
    expect(existsSync(join(out, 'pair-3.pdf'))).toBe(true);
  }, 120_000);
});
