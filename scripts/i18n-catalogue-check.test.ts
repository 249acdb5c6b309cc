import { describe, expect, it } from 'vitest';
import { catalogues } from '#shared/i18n/translator';
import { findCatalogueProblems, interpolationVariables } from './i18n-catalogue-check.ts';

const en = {
  contacts: {
    title: 'Contacts',
    count_one: '{{count}} contact',
    count_other: '{{count}} contacts',
    empty: { title: 'Start with the people you know' },
    at: '{{title}} at {{organisation}}',
  },
};

const nb = {
  contacts: {
    title: 'Kontakter',
    count_one: '{{count}} kontakt',
    count_other: '{{count}} kontakter',
    empty: { title: 'Begynn med folk du kjenner' },
    at: '{{title}} i {{organisation}}',
  },
};

const id = {
  contacts: {
    title: 'Kontak',
    count_other: '{{count}} kontak',
    empty: { title: 'Mulai dari orang yang Anda kenal' },
    at: '{{title}} di {{organisation}}',
  },
};

const de = {
  contacts: {
    title: 'Kontakte',
    count_one: '{{count}} Kontakt',
    count_other: '{{count}} Kontakte',
    empty: { title: 'Beginnen Sie mit Menschen, die Sie kennen' },
    at: '{{title}} bei {{organisation}}',
  },
};

/** A deep copy of a fake catalogue with one dotted key set to a value, or removed when undefined. */
function withKey(catalogue: object, dottedKey: string, value: unknown): Record<string, unknown> {
  const copy = structuredClone(catalogue) as Record<string, unknown>;
  const parts = dottedKey.split('.');
  const last = parts.pop() as string;
  let node = copy;
  for (const part of parts) {
    node[part] ??= {};
    node = node[part] as Record<string, unknown>;
  }
  if (value === undefined) delete node[last];
  else node[last] = value;
  return copy;
}

describe('findCatalogueProblems', () => {
  it('finds nothing wrong with catalogues that agree', () => {
    expect(findCatalogueProblems({ en, nb, id, de })).toEqual([]);
  });

  it('names the language and the dotted key of a missing message', () => {
    const problems = findCatalogueProblems({ en, nb: withKey(nb, 'contacts.empty.title', undefined), id, de });
    expect(problems).toEqual(['nb: missing key contacts.empty.title']);
  });

  it('reports a key that the reference catalogue does not have', () => {
    const problems = findCatalogueProblems({ en, nb, id, de: withKey(de, 'contacts.empty.body', 'Mehr Text') });
    expect(problems).toEqual(['de: extra key contacts.empty.body (en does not have it)']);
  });

  it('reports an empty or blank message as a problem', () => {
    const problems = findCatalogueProblems({
      en,
      nb: withKey(nb, 'contacts.title', ''),
      id: withKey(id, 'contacts.empty.title', '   '),
      de,
    });
    expect(problems).toEqual(['nb: empty string at contacts.title', 'id: empty string at contacts.empty.title']);
  });

  it('reports a message that is not a string', () => {
    const problems = findCatalogueProblems({ en, nb: withKey(nb, 'contacts.title', 42), id, de });
    expect(problems).toEqual(['nb: contacts.title is not a string']);
  });

  it('reports a nested group where the reference has a message', () => {
    const problems = findCatalogueProblems({ en, nb: withKey(nb, 'contacts.title', { text: 'Kontakter' }), id, de });
    expect(problems).toEqual([
      'nb: missing key contacts.title',
      'nb: extra key contacts.title.text (en does not have it)',
    ]);
  });

  it('accepts Indonesian with only the _other form, which is all it needs', () => {
    expect(findCatalogueProblems({ en, id })).toEqual([]);
  });

  it('refuses an Indonesian _one form, which Indonesian never uses', () => {
    const problems = findCatalogueProblems({ en, id: withKey(id, 'contacts.count_one', '{{count}} kontak') });
    expect(problems).toEqual(['id: unexpected plural form contacts.count_one (id needs only _other)']);
  });

  it('refuses an Indonesian catalogue without the _other form', () => {
    const problems = findCatalogueProblems({ en, id: withKey(id, 'contacts.count_other', undefined) });
    expect(problems).toEqual(['id: missing plural form contacts.count_other (id needs _other)']);
  });

  it('requires the German _one form', () => {
    const problems = findCatalogueProblems({ en, de: withKey(de, 'contacts.count_one', undefined) });
    expect(problems).toEqual(['de: missing plural form contacts.count_one (de needs _one, _other)']);
  });

  it('refuses German plural forms that German does not have', () => {
    const problems = findCatalogueProblems({
      en,
      de: withKey(withKey(de, 'contacts.count_few', '{{count}} Kontakte'), 'contacts.count_zero', 'Keine Kontakte'),
    });
    expect(problems).toEqual([
      'de: unexpected plural form contacts.count_few (de needs only _one, _other)',
      'de: unexpected plural form contacts.count_zero (de needs only _one, _other)',
    ]);
  });

  it('reports a plural message where the reference has none as extra keys', () => {
    const problems = findCatalogueProblems({ en, nb: withKey(nb, 'contacts.total_other', '{{count}} i alt') });
    expect(problems).toEqual(['nb: extra key contacts.total_other (en does not have it)']);
  });

  it('checks that the reference itself has the plural forms its language needs', () => {
    const problems = findCatalogueProblems({ en: withKey(en, 'contacts.count_one', undefined), nb });
    expect(problems).toEqual(['en: missing plural form contacts.count_one (en needs _one, _other)']);
  });

  it('reports a message whose variables differ from the reference', () => {
    const problems = findCatalogueProblems({ en, nb: withKey(nb, 'contacts.at', '{{tittel}} i {{organisation}}') });
    expect(problems).toEqual([
      'nb: variables of contacts.at are organisation, tittel, but en contacts.at has organisation, title',
    ]);
  });

  it('reports a message that drops a variable', () => {
    const problems = findCatalogueProblems({ en, de: withKey(de, 'contacts.at', '{{title}}') });
    expect(problems).toEqual(['de: variables of contacts.at are title, but en contacts.at has organisation, title']);
  });

  it('compares the variables of every plural form against the reference _other form', () => {
    const problems = findCatalogueProblems({
      en,
      nb: withKey(nb, 'contacts.count_one', 'én kontakt'),
      id: withKey(id, 'contacts.count_other', '{{n}} kontak'),
    });
    expect(problems).toEqual([
      'nb: variables of contacts.count_one are none, but en contacts.count_other has count',
      'id: variables of contacts.count_other are n, but en contacts.count_other has count',
    ]);
  });

  it('uses another reference language when told to', () => {
    const problems = findCatalogueProblems({ nb, en: withKey(en, 'contacts.title', undefined) }, 'nb');
    expect(problems).toEqual(['en: missing key contacts.title']);
  });

  it('reports a missing reference catalogue instead of passing everything', () => {
    expect(findCatalogueProblems({ nb, de })).toEqual(['en: reference catalogue is missing or not an object']);
  });
});

describe('interpolationVariables', () => {
  it('reads plain, formatted and unescaped variables by name', () => {
    expect([...interpolationVariables('{{count}} of {{ total }} on {{date, datetime}} {{- html}}')]).toEqual([
      'count',
      'total',
      'date',
      'html',
    ]);
  });
});

describe('the real catalogues', () => {
  it('have every English message in every language with the right plural forms and variables', () => {
    expect(Object.keys(catalogues)).toEqual(['en', 'nb', 'de', 'id']);
    expect(findCatalogueProblems(catalogues)).toEqual([]);
  });
});
