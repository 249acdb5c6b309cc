// `npm run bench`: every benchmark in turn, then one summary table. `npm run bench -- import search`
// runs only the benchmarks whose names contain one of the words given.
//
// Benches run one after another, never together: on a 2-core machine two benches at once would
// measure each other. Each prints its own details as it finishes; a failing bench is reported and
// the others still run, and the exit code says whether all of them succeeded.
import { formatRatio, printTable, type BenchResult } from './bench-utils.ts';
import { printColdStart, run as runColdStart } from './cold-start.bench.ts';
import { printContactsApi, run as runContactsApi } from './contacts-api.bench.ts';
import { printImport, run as runImport } from './import.bench.ts';
import { printSearch, run as runSearch } from './search.bench.ts';

interface Bench {
  name: string;
  run(): Promise<BenchResult>;
}

const benches: Bench[] = [
  { name: 'cold start', run: async () => tap(await runColdStart(), printColdStart) },
  { name: 'contacts API', run: async () => tap(await runContactsApi(), printContactsApi) },
  { name: 'import', run: async () => tap(await runImport(), printImport) },
  { name: 'search', run: async () => tap(await runSearch(), printSearch) },
];

function tap<T>(value: T, print: (value: T) => void): T {
  print(value);
  return value;
}

const filters = process.argv.slice(2).map((word) => word.toLowerCase());
const chosen =
  filters.length === 0 ? benches : benches.filter((bench) => filters.some((word) => bench.name.includes(word)));
if (chosen.length === 0) {
  console.error(
    `No benchmark matches ${filters.join(', ')}; there are: ${benches.map((bench) => bench.name).join(', ')}.`,
  );
  process.exit(2);
}

const results: BenchResult[] = [];
const failures: string[] = [];
for (const bench of chosen) {
  const started = performance.now();
  try {
    results.push(await bench.run());
  } catch (error) {
    console.error(`\n${bench.name} failed:`, error);
    failures.push(bench.name);
  }
  console.log(`(${bench.name}: ${((performance.now() - started) / 1000).toFixed(1)} s)`);
}

console.log('\n== summary (ratio = Rapport cost / baseline cost; 1.00× is as fast as the baseline) ==');
printTable([
  ['bench', 'measure', 'Rapport', 'baseline', 'ratio'],
  ...results.flatMap((result) =>
    result.comparisons.map((c) => [result.name, c.measure, c.value, c.baseline, formatRatio(c.ratio)]),
  ),
]);
for (const result of results) for (const note of result.notes) console.log(`note (${result.name}): ${note}`);
if (failures.length > 0) {
  console.error(`\nfailed: ${failures.join(', ')}`);
  process.exitCode = 1;
}
