// Small helpers shared by the benchmarks. Nothing here is timed itself.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The repository root (bench/ sits directly under it). */
export const repoRoot = fileURLToPath(new URL('../', import.meta.url));

/**
 * One figure compared with the baseline measured in the same run. The ratio is always
 * "Rapport's cost / the baseline's cost" (time over time, or baseline rate over Rapport's rate), so
 * 1.0 means as fast as the baseline and 3.0 means three times the time. The machines are noisy, so
 * the ratio is more telling than the raw figure.
 */
export interface Comparison {
  measure: string;
  value: string;
  baseline: string;
  ratio: number;
}

export interface BenchResult {
  name: string;
  comparisons: Comparison[];
  /** Caveats worth reading next to the figures (missing build parts, what a figure includes). */
  notes: string[];
}

export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('median of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  // noUncheckedIndexedAccess: the indexes are in range because the array is not empty.
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export const formatMs = (ms: number): string => `${ms.toFixed(1)} ms`;
export const formatRate = (perSecond: number): string => `${Math.round(perSecond).toLocaleString('en-US')} rows/s`;
export const formatRatio = (ratio: number): string => `${ratio.toFixed(2)}×`;
export const formatMiB = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;

export function sleep(ms: number): Promise<void> {
  return new Promise((done) => setTimeout(done, ms));
}

/** A fresh directory under the system temp dir; the caller removes it with removeTempDir. */
export function makeTempDir(label: string): string {
  return mkdtempSync(join(tmpdir(), `rapport-bench-${label}-`));
}

export function removeTempDir(dir: string): void {
  // force: a run that failed early may not have created anything inside it.
  rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
}

/** True when the module at `moduleUrl` is the script node (or tsx) was started with. */
export function isMain(moduleUrl: string): boolean {
  const script = process.argv[1];
  return script !== undefined && pathToFileURL(resolve(script)).href === moduleUrl;
}

/** Prints comparisons as an aligned plain-text table (no dependency needed for that). */
export function printTable(rows: readonly (readonly string[])[]): void {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, cell.length)));
  for (const [index, row] of rows.entries()) {
    console.log(
      row
        .map((cell, i) => cell.padEnd(widths[i] ?? 0))
        .join('  ')
        .trimEnd(),
    );
    if (index === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  }
}

export function printComparisons(result: BenchResult): void {
  printTable([
    ['measure', 'Rapport', 'baseline', 'ratio (Rapport cost / baseline cost)'],
    ...result.comparisons.map((c) => [c.measure, c.value, c.baseline, formatRatio(c.ratio)]),
  ]);
  for (const note of result.notes) console.log(`note: ${note}`);
}
