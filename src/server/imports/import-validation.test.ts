import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contactInputSchema } from '#shared/contact.schema';
import { validateImportedFields, type ImportedFields } from './import-validation.ts';

/** Texts around the limits, with the spaces, accents and odd characters files bring; mostly fine ones. */
const text = (max: number) =>
  fc.oneof(
    { arbitrary: fc.string({ maxLength: 12 }), weight: 12 },
    {
      arbitrary: fc.string({ unit: fc.constantFrom(' ', 'a', 'ø', '\t', '\u00a0', 'é'), maxLength: max + 3 }),
      weight: 1,
    },
    { arbitrary: fc.constantFrom('', '   ', 'x'.repeat(max), ` ${'x'.repeat(max)} `, 'x'.repeat(max + 1)), weight: 1 },
  );
const email = fc.oneof(
  {
    arbitrary: fc.constantFrom('kari@example.no', ' Kari.Nordmann@Example.NO ', 'ola+jobs@example.com', ''),
    weight: 12,
  },
  { arbitrary: fc.emailAddress(), weight: 1 },
  { arbitrary: fc.constantFrom('not-an-email', 'a@b', `${'x'.repeat(320)}@example.no`), weight: 1 },
);
const linkedinUrl = fc.constantFrom(
  '',
  '',
  'https://www.linkedin.com/in/kari',
  ' https://no.linkedin.com/in/kari/ ',
  'https://linkedin.com.evil.example/in/kari',
  'https://example.com/in/kari',
  `https://www.linkedin.com/in/${'k'.repeat(480)}`,
  'javascript:alert(1)',
);
const date = fc.constantFrom('', '2024-03-12', ' 2024-03-12 ', '2024-02-30', '2024-13-01', '12 Mar 2024', '0000-00-00');
const list = <T>(item: fc.Arbitrary<T>, max: number) =>
  fc.oneof(
    { arbitrary: fc.array(item, { maxLength: 3 }), weight: 12 },
    { arbitrary: fc.array(item, { maxLength: max + 2 }), weight: 1 },
  );

const row: fc.Arbitrary<ImportedFields> = fc.record({
  name: text(200),
  title: text(200),
  organisation: text(200),
  emails: list(email, 10),
  phones: list(text(50), 10),
  linkedinUrl,
  location: text(200),
  metOn: date,
  tags: list(text(50), 30),
  notes: fc.oneof(
    { arbitrary: fc.string({ maxLength: 40 }), weight: 12 },
    { arbitrary: fc.constantFrom('x'.repeat(100_000), ` ${'x'.repeat(100_001)}`), weight: 1 },
  ),
});

describe('validateImportedFields', () => {
  it('gives exactly the answer of the contact rules for any row', () => {
    let accepted = 0;
    fc.assert(
      fc.property(row, (input) => {
        const schema = contactInputSchema.safeParse(input);
        const result = validateImportedFields(input);
        if (schema.success) {
          accepted += 1;
          expect(result.fields).toEqual(schema.data);
        } else {
          expect(result.fields).toBeUndefined();
          expect(result.errors?.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 3000 },
    );
    // Both answers must have been tried often enough to mean something.
    expect(accepted).toBeGreaterThan(300);
    expect(accepted).toBeLessThan(2700);
  });

  it('adds https:// to a LinkedIn address written without it, as Google and vCard files do', () => {
    const row = {
      name: 'Kari',
      title: '',
      organisation: '',
      emails: [],
      phones: [],
      linkedinUrl: 'linkedin.com/in/kari',
      location: '',
      metOn: '',
      tags: [],
      notes: '',
    };
    expect(validateImportedFields(row).fields?.linkedinUrl).toBe('https://linkedin.com/in/kari');
    expect(validateImportedFields({ ...row, title: 'x'.repeat(201) }).errors).toEqual([
      { field: 'title', rule: 'too_long', limit: 200 },
    ]);
  });

  it('names the field and the rule a broken row breaks', () => {
    const result = validateImportedFields({
      name: 'x'.repeat(201),
      title: '',
      organisation: '',
      emails: ['kari@example.no', 'not-an-email'],
      phones: [],
      linkedinUrl: '',
      location: '',
      metOn: '',
      tags: [],
      notes: '',
    });
    expect(result.errors).toEqual([
      { field: 'name', rule: 'too_long', limit: 200 },
      { field: 'emails.1', rule: 'invalid_email' },
    ]);
  });
});
