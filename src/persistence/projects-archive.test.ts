import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { completeProject } from '../../tests/fixtures/project';
import type { DraftProject } from '../schemas/project.schema';
import { parseProjectFile } from './project-file';
import { projectsArchive } from './projects-archive';

const titled = (id: string, title: string): DraftProject => {
  const p = completeProject();
  return { ...p, id, partners: { ...p.partners, title } };
};

describe('the projects of a workshop’s pairs, as one archive', () => {
  it('holds one project file per pair, named after its title, each one read back whole', () => {
    const projects = [
      titled('p1', 'Binôme 1 — Terrena et Afdi'),
      titled('p2', 'Binôme 2 — Nguyễn Văn An et شركة الأمل'),
    ];
    const files = unzipSync(projectsArchive(projects));
    expect(Object.keys(files)).toEqual([
      'binome-1-terrena-et-afdi.cocharte.json',
      'binome-2-nguyen-van-an-et.cocharte.json',
    ]);
    const read = Object.values(files).map((bytes) => parseProjectFile(strFromU8(bytes)));
    expect(read.map((r) => (r.ok ? r.project.partners.title : r.error))).toEqual([
      'Binôme 1 — Terrena et Afdi',
      'Binôme 2 — Nguyễn Văn An et شركة الأمل',
    ]);
  });

  it('never lets two pairs’ files share a name (one would be lost on unzipping)', () => {
    const files = unzipSync(projectsArchive([titled('a', 'Atelier'), titled('b', 'Atelier'), titled('c', '')]));
    expect(Object.keys(files)).toEqual(['atelier.cocharte.json', 'atelier-2.cocharte.json', 'projet.cocharte.json']);
  });
});
