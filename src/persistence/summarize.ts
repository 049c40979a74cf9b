import { recordStatus } from '../domain/record-status';
import { signedCount } from '../domain/signatures';
import { visitedSteps } from '../domain/visited';
import type { FlowState } from '../domain/flow';
import type { DraftProject } from '../schemas/project.schema';
import type { ProjectSummary } from './project-summary';

/**
 * What the project list shows of a project, written beside it at each save. Apart from
 * project-store.ts because counting the signatures that hold needs the fingerprints
 * (SHA-256), which the home screen does not load.
 */
export function summarize(project: DraftProject, place: FlowState): ProjectSummary {
  return {
    id: project.id,
    title: project.partners.title,
    partnerNames: project.partners.partners.map((p) => p.name).filter(Boolean),
    place,
    stepsVisited: visitedSteps(project).length,
    // Only signatures that count (the domain's rule): a hand-edited file is not "signed" in the list.
    signatures: signedCount(project),
    updatedAt: project.updatedAt,
    record: recordStatus(project),
  };
}
