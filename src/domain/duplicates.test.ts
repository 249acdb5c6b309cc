import { describe, expect, it } from 'vitest';
import { DuplicateFinder, type DuplicateKeys } from './duplicates.ts';

const person = (overrides: Partial<DuplicateKeys> = {}): DuplicateKeys => ({
  name: 'Ingrid Berg',
  organisation: 'Statkraft',
  emails: [],
  linkedinUrl: '',
  ...overrides,
});

describe('DuplicateFinder', () => {
  it('finds the same e-mail whatever its case and spaces', () => {
    const finder = new DuplicateFinder<string>();
    finder.add(person({ name: 'A', organisation: '', emails: ['Ingrid.Berg@Example.no'] }), 'stored');
    expect(finder.find(person({ name: 'B', emails: ['other@example.no', ' ingrid.berg@example.NO '] }))).toEqual({
      ref: 'stored',
      reasons: ['email'],
    });
  });

  it('finds the same LinkedIn profile however the address is written', () => {
    const finder = new DuplicateFinder<string>();
    finder.add(person({ name: 'A', linkedinUrl: 'https://no.linkedin.com/in/Ingrid-Berg/' }), 'stored');
    expect(finder.find(person({ name: 'B', linkedinUrl: 'linkedin.com/in/ingrid-berg?trk=x' }))?.reasons).toEqual([
      'linkedin',
    ]);
  });

  it('finds the same name at the same organisation, ignoring case and accents', () => {
    const finder = new DuplicateFinder<string>();
    finder.add(person({ name: 'Bjørn Sæther', organisation: 'Müller & Söhne' }), 'stored');
    expect(finder.find(person({ name: 'bjorn  saether', organisation: 'MULLER & SOHNE' }))).toEqual({
      ref: 'stored',
      reasons: ['name_organisation'],
    });
    expect(finder.find(person({ name: 'Bjørn Sæther', organisation: 'Equinor' }))).toBeUndefined();
  });

  it('treats the same name without any organisation as a possible duplicate', () => {
    const finder = new DuplicateFinder<string>();
    finder.add(person({ organisation: '' }), 'stored');
    expect(finder.find(person({ organisation: '' }))?.reasons).toEqual(['name_organisation']);
  });

  it('does not match on empty e-mails, empty names or a LinkedIn address without a profile', () => {
    const finder = new DuplicateFinder<string>();
    finder.add(person({ name: '', emails: [''], linkedinUrl: 'https://www.linkedin.com/' }), 'stored');
    expect(finder.find(person({ name: '', emails: [' '], linkedinUrl: 'linkedin.com' }))).toBeUndefined();
  });

  it('lists every reason, strongest first, and prefers the record with the most reasons', () => {
    const finder = new DuplicateFinder<string>();
    finder.add(person({ name: 'Someone else', emails: ['ingrid@example.no'] }), 'by e-mail only');
    finder.add(person({ emails: ['old@example.no'], linkedinUrl: 'https://www.linkedin.com/in/ingrid' }), 'by three');
    const match = finder.find(
      person({ emails: ['ingrid@example.no', 'old@example.no'], linkedinUrl: 'https://linkedin.com/in/ingrid' }),
    );
    expect(match).toEqual({ ref: 'by three', reasons: ['email', 'linkedin', 'name_organisation'] });
  });

  it('prefers the record added first when two match equally', () => {
    const finder = new DuplicateFinder<string>();
    finder.add(person({ emails: ['a@example.no'] }), 'stored');
    finder.add(person({ emails: ['a@example.no'] }), 'earlier row');
    expect(finder.find(person({ emails: ['a@example.no'] }))?.ref).toBe('stored');
  });

  it('compares rows of the same file with the earlier ones once they are added', () => {
    const finder = new DuplicateFinder<number>();
    const rows = [
      person({ name: 'Kari Nordmann', emails: ['kari@example.no'] }),
      person({ name: 'Ola Nordmann', emails: [] }),
      person({ name: 'K. Nordmann', emails: ['KARI@example.no'] }),
    ];
    const matches = rows.map((row, line) => finder.findThenAdd(row, line)?.ref);
    expect(matches).toEqual([undefined, undefined, 0]);
  });

  it('checks 30,000 rows against 20,000 contacts without comparing every pair', () => {
    const finder = new DuplicateFinder<number>();
    for (let index = 0; index < 20_000; index += 1) {
      finder.add(person({ name: `Stored ${index}`, emails: [`stored${index}@example.no`] }), index);
    }
    let found = 0;
    for (let index = 0; index < 30_000; index += 1) {
      const row = person({ name: `Row ${index}`, emails: [`stored${index}@example.no`] });
      if (finder.findThenAdd(row, 20_000 + index)) found += 1;
    }
    // Rows 0-19,999 share an e-mail with a stored contact; the rest are new. (No timing asserted:
    // the benchmark measures speed. An O(n²) version would make this test take minutes.)
    expect(found).toBe(20_000);
  });
});
