import type { ImportAction, ImportConfirm, PreviewRow } from '#shared/import.schema';

export interface PreviewCounts {
  rows: number;
  new: number;
  duplicates: number;
  errors: number;
}

/**
 * What the user decided in the preview: one action for all duplicates, and the rows they changed
 * one by one. Only the changes travel to the server (the default is known there), so a 30,000-row
 * preview confirms with a small request. Choices are kept by line, so they survive a refreshed
 * preview of the same file.
 */
export class ImportChoices {
  duplicates = $state<ImportAction>('skip');
  private rows = $state<Record<number, { action: ImportAction; isDuplicate: boolean }>>({});

  actionOf(row: PreviewRow): ImportAction {
    return this.rows[row.line]?.action ?? (row.duplicateOf ? this.duplicates : row.action);
  }

  choose(row: PreviewRow, action: ImportAction): void {
    this.rows[row.line] = { action, isDuplicate: row.duplicateOf !== undefined };
  }

  /** "Apply to all duplicates": one action for every duplicate, replacing their own choices. */
  applyToDuplicates(action: ImportAction): void {
    this.duplicates = action;
    this.rows = Object.fromEntries(Object.entries(this.rows).filter(([, choice]) => !choice.isDuplicate));
  }

  /** How many rows each action gets, for the line above the Import button. */
  plan(counts: PreviewCounts): Record<ImportAction, number> {
    const plan: Record<ImportAction, number> = { create: 0, merge: 0, skip: 0 };
    let changedNew = 0;
    let changedDuplicates = 0;
    for (const choice of Object.values(this.rows)) {
      plan[choice.action] += 1;
      if (choice.isDuplicate) changedDuplicates += 1;
      else changedNew += 1;
    }
    plan.create += counts.new - changedNew;
    plan[this.duplicates] += counts.duplicates - changedDuplicates;
    return plan;
  }

  toRequest(): ImportConfirm {
    return {
      duplicates: this.duplicates,
      choices: Object.fromEntries(Object.entries(this.rows).map(([line, choice]) => [line, choice.action])),
    };
  }
}
