import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  fillTemplate,
  findPlaceholders,
  findUnknownPlaceholders,
  isPlaceholderName,
  placeholderNames,
} from './template-placeholders.ts';

describe('findPlaceholders', () => {
  it('finds each placeholder once, in the order it first appears', () => {
    expect(findPlaceholders('Dear {{advisor_name}}, {{my_field}} and {{advisor_name}} again')).toEqual([
      'advisor_name',
      'my_field',
    ]);
  });

  it('allows spaces inside the braces', () => {
    expect(findPlaceholders('{{ advisor_name }} and {{organisation  }}')).toEqual(['advisor_name', 'organisation']);
  });

  it('ignores empty braces, single braces and text without placeholders', () => {
    expect(findPlaceholders('{{}} {{  }} {advisor_name} { {x} } plain text')).toEqual([]);
    expect(findPlaceholders('')).toEqual([]);
  });

  it('finds the innermost placeholder when braces are doubled up', () => {
    expect(findPlaceholders('{{{my_name}}}')).toEqual(['my_name']);
  });
});

describe('findUnknownPlaceholders', () => {
  it('names the placeholders Rapport cannot fill, once each, in order', () => {
    expect(
      findUnknownPlaceholders(
        '{{advisor_name}} {{company}} {{my_field}} {{advisor name}} {{company}} {{Advisor_Name}}',
      ),
    ).toEqual(['company', 'advisor name', 'Advisor_Name']);
  });

  it('finds nothing wrong in a template that uses only known names', () => {
    expect(findUnknownPlaceholders(placeholderNames.map((name) => `{{${name}}}`).join(' '))).toEqual([]);
  });
});

describe('fillTemplate', () => {
  it('replaces every occurrence of a known placeholder with its value', () => {
    expect(fillTemplate('Hi {{advisor_first_name}}, {{ advisor_first_name }}!', { advisor_first_name: 'Kari' })).toBe(
      'Hi Kari, Kari!',
    );
  });

  it('leaves a known placeholder without a value visible, written plainly', () => {
    expect(fillTemplate('{{ introducer_name }} suggested', {})).toBe('{{introducer_name}} suggested');
    expect(fillTemplate('{{introducer_name}} suggested', { introducer_name: '  ' })).toBe(
      '{{introducer_name}} suggested',
    );
  });

  it('leaves an unknown placeholder exactly as written', () => {
    expect(fillTemplate('{{ company }} and {{my_name}}', { my_name: 'Alex' })).toBe('{{ company }} and Alex');
  });

  it('inserts values literally, without expanding them again', () => {
    expect(fillTemplate('{{my_name}}', { my_name: '{{advisor_name}} $& $1' })).toBe('{{advisor_name}} $& $1');
  });

  it('never throws and leaves text without placeholders unchanged', () => {
    fc.assert(
      fc.property(fc.string(), fc.dictionary(fc.constantFrom(...placeholderNames), fc.string()), (text, values) => {
        const filled = fillTemplate(text, values);
        if (!text.includes('{{')) expect(filled).toBe(text);
      }),
    );
  });

  it('leaves no known placeholder behind when every value is given', () => {
    const values = Object.fromEntries(placeholderNames.map((name) => [name, 'x']));
    expect(fillTemplate(placeholderNames.map((name) => `{{ ${name} }}`).join('|'), values)).toBe(
      placeholderNames.map(() => 'x').join('|'),
    );
  });
});

describe('isPlaceholderName', () => {
  it('knows the names of the list and nothing else', () => {
    expect(isPlaceholderName('my_background')).toBe(true);
    expect(isPlaceholderName('toString')).toBe(false);
    expect(isPlaceholderName('')).toBe(false);
  });
});
