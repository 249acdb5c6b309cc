import type { z } from 'zod';
import type { FieldProblem, ValidationRule } from '#domain/errors';

/**
 * Turns zod's issues into Rapport's field problems: the field, a rule from a closed list, and the
 * limit. Server and browser both use this, so a rule broken in the form and the same rule broken
 * through the API read the same in every language.
 */
export function toFieldProblems(error: z.ZodError, input: unknown): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (const issue of error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) problems.push({ field: joinPath([...issue.path, key]), rule: 'unknown_field' });
      continue;
    }
    const field = joinPath(issue.path) || 'body';
    problems.push({ field, ...ruleOf(issue, valueAt(input, issue.path)) });
  }
  return dedupe(problems);
}

function ruleOf(issue: z.core.$ZodIssue, value: unknown): { rule: ValidationRule; limit?: number } {
  switch (issue.code) {
    case 'invalid_type':
      return { rule: value === undefined || value === null ? 'required' : 'invalid_type' };
    case 'too_big':
      return issue.origin === 'string'
        ? { rule: 'too_long', limit: Number(issue.maximum) }
        : { rule: 'too_large', limit: Number(issue.maximum) };
    case 'too_small':
      if (issue.origin === 'string') {
        return Number(issue.minimum) <= 1 ? { rule: 'required' } : { rule: 'too_short', limit: Number(issue.minimum) };
      }
      return { rule: 'too_small', limit: Number(issue.minimum) };
    case 'invalid_format':
      if (issue.format === 'email') return { rule: 'invalid_email' };
      if (issue.format === 'url') return { rule: 'invalid_url' };
      return { rule: 'invalid_value' };
    case 'custom': {
      const rule = (issue.params as { rule?: ValidationRule } | undefined)?.rule;
      return { rule: rule ?? 'invalid_value' };
    }
    default:
      return { rule: 'invalid_value' };
  }
}

function joinPath(path: readonly PropertyKey[]): string {
  return path.map(String).join('.');
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value: unknown = input;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function dedupe(problems: FieldProblem[]): FieldProblem[] {
  const seen = new Set<string>();
  return problems.filter((problem) => {
    const key = `${problem.field}:${problem.rule}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
