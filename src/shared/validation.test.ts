import { describe, expect, it } from 'vitest';
import { contactInputSchema } from './contact.schema.ts';
import { toFieldProblems } from './validation.ts';

const problemsFor = (input: unknown) => {
  const result = contactInputSchema.safeParse(input);
  if (result.success) return [];
  return toFieldProblems(result.error, input);
};

describe('toFieldProblems', () => {
  it('reports a missing and an empty name alike, as required', () => {
    expect(problemsFor({})).toEqual([{ field: 'name', rule: 'required' }]);
    expect(problemsFor({ name: '   ' })).toEqual([{ field: 'name', rule: 'required' }]);
  });

  it('reports the limit of a text that is too long', () => {
    expect(problemsFor({ name: 'x'.repeat(201) })).toEqual([{ field: 'name', rule: 'too_long', limit: 200 }]);
  });

  it('reports each unknown key as its own field', () => {
    expect(problemsFor({ name: 'A', role: 'x', admin: true })).toEqual([
      { field: 'role', rule: 'unknown_field' },
      { field: 'admin', rule: 'unknown_field' },
    ]);
  });

  it('names the rule of a refinement', () => {
    expect(problemsFor({ name: 'A', emails: ['nope'] })).toEqual([{ field: 'emails.0', rule: 'invalid_email' }]);
    expect(problemsFor({ name: 'A', linkedinUrl: 'https://example.com' })).toEqual([
      { field: 'linkedinUrl', rule: 'invalid_linkedin_url' },
    ]);
  });

  it('reports a value of the wrong type', () => {
    expect(problemsFor({ name: 42 })).toEqual([{ field: 'name', rule: 'invalid_type' }]);
  });

  it('reports a body that is not an object at all', () => {
    expect(problemsFor('just text')).toEqual([{ field: 'body', rule: 'invalid_type' }]);
  });
});
