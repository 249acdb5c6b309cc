import { describe, expect, it } from 'vitest';
import { interviewStages } from '#domain/interview';
import type { InterviewSummary } from '#shared/interview.schema';
import { filterInterviews, pipelineColumns } from './pipeline-board.ts';

function interview(fields: Partial<InterviewSummary>): InterviewSummary {
  return {
    id: 'i1',
    contactId: 'c1',
    contactName: 'Bjørn Dæhlie',
    organisationId: null,
    organisationName: 'Statkraft',
    stage: 'prospect',
    goal: '',
    requestedOn: null,
    repliedOn: null,
    meetingStart: null,
    meetingTimeZone: null,
    replyLabel: null,
    version: 1,
    updatedAt: '2026-03-01T10:00:00.000Z',
    ...fields,
  };
}

describe('the pipeline board', () => {
  it('has a column for every stage in order, the closed ones marked', () => {
    const columns = pipelineColumns([]);
    expect(columns.map((column) => column.stage)).toEqual([...interviewStages]);
    expect(columns.filter((column) => column.isClosed).map((column) => column.stage)).toEqual(['declined', 'no-reply']);
  });

  it('puts each interview in the column of its stage, the latest change first', () => {
    const older = interview({ id: 'a', stage: 'requested', updatedAt: '2026-03-01T10:00:00.000Z' });
    const newer = interview({ id: 'b', stage: 'requested', updatedAt: '2026-03-02T10:00:00.000Z' });
    const columns = pipelineColumns([older, newer, interview({ id: 'c', stage: 'held' })]);
    expect(columns.find((column) => column.stage === 'requested')?.items.map((item) => item.id)).toEqual(['b', 'a']);
    expect(columns.find((column) => column.stage === 'held')?.items.map((item) => item.id)).toEqual(['c']);
  });

  it('filters by person or organisation, ignoring case and accents', () => {
    const items = [
      interview({ id: 'a' }),
      interview({ id: 'b', contactName: 'Sri Wahyuni', organisationName: 'Gojek' }),
    ];
    expect(filterInterviews(items, 'bjorn').map((item) => item.id)).toEqual(['a']);
    expect(filterInterviews(items, 'GOJ').map((item) => item.id)).toEqual(['b']);
    expect(filterInterviews(items, '  ')).toHaveLength(2);
  });
});
