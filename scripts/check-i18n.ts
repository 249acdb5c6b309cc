/**
 * `npm run i18n:check`: every message of the English catalogue exists in nb, de and id, with the
 * plural forms each language needs and the same {{variables}}. Part of `npm run check`.
 */
import { catalogues } from '#shared/i18n/translator';
import { findCatalogueProblems, flattenCatalogue } from './i18n-catalogue-check.ts';

const REFERENCE = 'en';

const problems = findCatalogueProblems(catalogues, REFERENCE);
const languageCount = Object.keys(catalogues).length;

if (problems.length > 0) {
  for (const problem of problems) console.error(problem);
  console.error(`i18n: ${problems.length} problem${problems.length === 1 ? '' : 's'} in ${languageCount} languages`);
  process.exitCode = 1;
} else {
  const keyCount = flattenCatalogue(catalogues[REFERENCE]).size;
  console.log(`i18n: ${keyCount} keys in ${languageCount} languages, all present`);
}
