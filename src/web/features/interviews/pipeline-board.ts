import { closedStages, interviewStages, type InterviewStage } from '#domain/interview';
import { foldForSearch } from '#domain/search-key';
import type { InterviewSummary } from '#shared/interview.schema';

export interface PipelineColumn {
  stage: InterviewStage;
  isClosed: boolean;
  items: InterviewSummary[];
}

/** Interviews whose person or organisation contains the typed text, ignoring case and accents. */
export function filterInterviews(items: readonly InterviewSummary[], query: string): InterviewSummary[] {
  const wanted = foldForSearch(query.trim());
  if (wanted === '') return [...items];
  return items.filter((item) => foldForSearch(`${item.contactName} ${item.organisationName}`).includes(wanted));
}

/**
 * One column per stage in the lifecycle's order, the endings last. Within a column the most
 * recently changed card comes first: the one just moved is where the eye looks.
 */
export function pipelineColumns(items: readonly InterviewSummary[]): PipelineColumn[] {
  return interviewStages.map((stage) => ({
    stage,
    isClosed: closedStages.includes(stage),
    items: items.filter((item) => item.stage === stage).sort((a, b) => b.updatedAt.localeCompare(a.updatedAt)),
  }));
}
