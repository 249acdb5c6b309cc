import { describe, expect, it } from 'vitest';
import { locales, type Locale } from './locale.ts';
import { checkRequest } from './request-checks.ts';
import {
  builtInTemplate,
  builtInTemplates,
  isTemplateKind,
  linkedinConnectionNoteLimit,
  templateHasSubject,
  templateKinds,
} from './request-templates.ts';
import {
  fillTemplate,
  findPlaceholders,
  findUnknownPlaceholders,
  type PlaceholderName,
} from './template-placeholders.ts';

/** What a user of each language might fill in: realistic lengths, names and fields. */
const samples: Record<Locale, Record<PlaceholderName, string>> = {
  en: {
    advisor_name: 'Sarah Mitchell',
    advisor_first_name: 'Sarah',
    advisor_title: 'Senior UX Researcher',
    organisation: 'Spotify',
    introducer_name: 'James Carter',
    introducer_first_name: 'James',
    my_name: 'Alex Morgan',
    my_background: "a master's student in human-computer interaction",
    my_field: 'user research',
    meeting_minutes: '20',
  },
  nb: {
    advisor_name: 'Kari Nordmann',
    advisor_first_name: 'Kari',
    advisor_title: 'seniorrådgiver',
    organisation: 'Statkraft',
    introducer_name: 'Ola Hansen',
    introducer_first_name: 'Ola',
    my_name: 'Ingrid Berg',
    my_background: 'masterstudent i energi og miljø ved NTNU',
    my_field: 'fornybar energi',
    meeting_minutes: '20',
  },
  de: {
    advisor_name: 'Anna Schneider',
    advisor_first_name: 'Anna',
    advisor_title: 'Projektleiterin',
    organisation: 'Siemens Energy',
    introducer_name: 'Thomas Weber',
    introducer_first_name: 'Thomas',
    my_name: 'Lukas Fischer',
    my_background: 'Masterstudent der Umwelttechnik an der TU München',
    my_field: 'Wasserstofftechnik',
    meeting_minutes: '20',
  },
  id: {
    advisor_name: 'Budi Santoso',
    advisor_first_name: 'Budi',
    advisor_title: 'Lead Data Scientist',
    organisation: 'Gojek',
    introducer_name: 'Dewi Lestari',
    introducer_first_name: 'Dewi',
    my_name: 'Rina Wijaya',
    my_background: 'mahasiswa tingkat akhir Ilmu Komputer di Universitas Indonesia',
    my_field: 'ilmu data',
    meeting_minutes: '20',
  },
};

const everyTemplate = locales.flatMap((language) => builtInTemplates(language));

describe('built-in request templates', () => {
  it.each(everyTemplate.map((template) => [template.language, template.kind, template] as const))(
    'the %s %s passes every live check once filled in',
    (language, kind, template) => {
      const values = samples[language];
      const checks = checkRequest({
        body: fillTemplate(template.body, values),
        language,
        context: {
          advisorName: values.advisor_name,
          introducerName: kind === 'warm_email' ? values.introducer_name : null,
          organisationName: values.organisation,
          field: values.my_field,
        },
      });
      expect(checks.filter((check) => check.status !== 'pass')).toEqual([]);
    },
  );

  it('exist for every kind in every language, each written for its language', () => {
    for (const kind of templateKinds) {
      const bodies = locales.map((language) => builtInTemplate(kind, language).body);
      expect(new Set(bodies).size).toBe(locales.length);
      for (const language of locales) {
        const template = builtInTemplate(kind, language);
        expect(template).toMatchObject({ kind, language });
        expect(template.body.trim()).not.toBe('');
      }
    }
    expect(builtInTemplates('nb').map((template) => template.kind)).toEqual([...templateKinds]);
  });

  it('have a subject for e-mails only', () => {
    for (const template of everyTemplate) {
      if (templateHasSubject(template.kind)) expect(template.subject.trim()).not.toBe('');
      else expect(template.subject).toBe('');
    }
    expect(templateHasSubject('linkedin_message')).toBe(false);
    expect(templateHasSubject('phone_script')).toBe(false);
    expect(templateHasSubject('follow_up')).toBe(true);
  });

  it('use only placeholders Rapport can fill, and leave none once filled', () => {
    for (const template of everyTemplate) {
      expect(findUnknownPlaceholders(template.subject + template.body)).toEqual([]);
      expect(findPlaceholders(fillTemplate(template.subject + template.body, samples[template.language]))).toEqual([]);
    }
  });

  it('name the introducer only in the warm e-mail', () => {
    for (const template of everyTemplate) {
      const usesIntroducer = findPlaceholders(template.body).includes('introducer_name');
      expect(usesIntroducer).toBe(template.kind === 'warm_email');
    }
  });

  it('keep the LinkedIn note within the connection-note limit of a free account', () => {
    expect(linkedinConnectionNoteLimit).toBe(200);
    for (const language of locales) {
      const note = fillTemplate(builtInTemplate('linkedin_message', language).body, samples[language]);
      expect(note.length).toBeLessThanOrEqual(linkedinConnectionNoteLimit);
    }
  });

  it('ask for 10-15 minutes in the phone script, as the method says for a call', () => {
    for (const language of locales) {
      const [, , , short] = checkRequest({
        body: fillTemplate(builtInTemplate('phone_script', language).body, samples[language]),
        language,
        context: { advisorName: '', introducerName: null, organisationName: null, field: null },
      });
      expect(short).toMatchObject({ id: 'short_time', status: 'pass', params: { minutes: 15 } });
    }
  });

  it('falls back to English for a language Rapport does not speak', () => {
    expect(builtInTemplate('cold_email', 'xx' as Locale).body).toBe(builtInTemplate('cold_email', 'en').body);
  });

  it('recognises template kinds', () => {
    expect(isTemplateKind('warm_email')).toBe(true);
    expect(isTemplateKind('fax')).toBe(false);
    expect(isTemplateKind(undefined)).toBe(false);
  });
});
