import type { StepId } from '../content/catalogues';
import { isMessageKey, type Translate } from '../i18n/i18n';
import type { DraftProject } from '../schemas/project.schema';
import { PROJECT_SHAPE, type ShapeNode } from './project-shape';
import { rowLabel } from './row-label';

type Row = Record<string, unknown>;

/**
 * Where a field of a step sits, named as the forms and the comparison name it:
 * `partners.2.contribution` of the partners step reads « Partenaire « Hợp tác xã Sao Biển »
 * › Ce que ce partenaire apporte », not « Partenaires › 3 › … ». The names come from the
 * project's map (project-shape.ts), so a missing item and a change to the same field are
 * called alike; a part the map does not know keeps its number or its own label.
 */
export function fieldPathLabel(project: DraftProject, step: StepId, path: string, t: Translate): string {
  const labels: string[] = [];
  let node: ShapeNode | undefined = PROJECT_SHAPE[step]?.node;
  let value: unknown = project[step];
  for (const segment of path.split('.').filter(Boolean)) {
    const index = /^\d+$/.test(segment) ? Number(segment) : -1;
    if (node?.kind === 'rows') {
      const row = Array.isArray(value) ? (value[index] as unknown) : undefined;
      if (row && typeof row === 'object') {
        labels.push(rowLabel(node.row, row as Row, undefined, index, t, [project]));
        node = node.fields ? { kind: 'object', fields: node.fields } : undefined;
        value = row;
        continue;
      }
    } else if (node?.kind === 'object' && node.fields[segment]) {
      if (node.label) labels.push(t(node.label));
      node = node.fields[segment];
      value = (value as Row | undefined)?.[segment];
      if (node?.kind === 'value') {
        labels.push(t(node.label));
        node = undefined;
      }
      continue;
    }
    node = undefined;
    const key = `${step}.${segment}`;
    if (index >= 0) labels.push(String(index + 1));
    else if (isMessageKey(key)) labels.push(t(key));
  }
  return labels.join(t('collab.row.separator'));
}
