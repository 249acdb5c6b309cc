import type { Translate } from './i18n/translator.ts';
import { fileProblemReasons, type FileProblem } from './import.schema.ts';

/**
 * "Connections.csv, line 12, column “Connected On”: …" in the reader's language: the server's
 * error message, the CLI and the import page all say where a file went wrong the same way.
 */
export function describeFileProblem(t: Translate, problem: FileProblem): string {
  const reason = (fileProblemReasons as readonly string[]).includes(problem.reason)
    ? t(`import.fileProblem.reasons.${problem.reason}`)
    : t('import.fileProblem.reasons.unknown_format');
  const where = { file: problem.fileName || t('import.fileProblem.theFile'), line: problem.line };
  return problem.field
    ? t('import.fileProblem.atField', { ...where, field: problem.field, reason })
    : t('import.fileProblem.at', { ...where, reason });
}
