import { describe, expect, it } from 'vitest';
import { locales } from '#domain/locale';
import { checkRequest, requestCheckIds, type RequestCheck } from '#domain/request-checks';
import { templateKinds } from '#domain/request-templates';
import { placeholderNames } from '#domain/template-placeholders';
import { translatorFor, type Translate } from './translator.ts';

/** How the screens show a check: its message key with the params as the variables. */
function messageOf(t: Translate, check: RequestCheck): string {
  return t(`requests.checks.${check.id}.${check.status}` as 'requests.checks.word_count.pass', check.params);
}

/** Texts that between them give every check every status it can have, with and without an introducer. */
const texts = [
  '',
  'w '.repeat(80),
  'w '.repeat(120),
  'Dear Sarah,\n\nJames Carter suggested I write. Your work at Spotify on user research interests me. Could you spare 15 minutes?\n\nBest,\nAlex',
  'Hi,\n\nI am a student. I read your post. My CV is attached. Do you have a few minutes? I hope so.',
  'I need a job. Half an hour? My goal is my own.',
  'Could you spare 25 minutes at Spotify?',
  'I met you at the fair. Could we talk?',
  'I explore user research.',
];

const context = (introducerName: string | null) => ({
  advisorName: 'Sarah Mitchell',
  introducerName,
  organisationName: 'Spotify',
  field: 'user research',
});

describe('request check messages', () => {
  it('exist for every status each check gives, in every language, with every variable filled', () => {
    const seen = new Set<string>();
    for (const language of locales) {
      const t = translatorFor(language);
      for (const body of texts) {
        for (const introducer of [null, 'James Carter']) {
          for (const check of checkRequest({ body, language: 'en', context: context(introducer) })) {
            seen.add(`${check.id}.${check.status}.${String(check.params.context ?? '')}`);
            const message = messageOf(t, check);
            expect(message, `${language} ${check.id} ${check.status}`).not.toMatch(/\{\{|requests\.checks/);
            for (const value of Object.values(check.params)) {
              if (typeof value === 'string' && value !== check.params.context) expect(message).toContain(value);
            }
          }
        }
      }
    }
    // The texts above reach every status of every check.
    expect([...seen].sort()).toEqual(
      [
        'word_count.pass.',
        'word_count.warn.',
        'word_count.fail.',
        'connection_first.pass.',
        'connection_first.warn.',
        'connection_first.fail.',
        'connection_first.pass.introducer',
        'connection_first.warn.introducer',
        'connection_first.fail.introducer',
        'no_job_talk.pass.',
        'no_job_talk.warn.',
        'no_job_talk.fail.',
        'short_time.pass.',
        'short_time.warn.',
        'short_time.fail.',
        'short_time.fail.missing',
        'ends_with_question.pass.',
        'ends_with_question.warn.',
        'ends_with_question.fail.',
        'broad_and_narrow.pass.',
        'broad_and_narrow.warn.field',
        'broad_and_narrow.warn.narrow',
        'broad_and_narrow.fail.',
        'about_them.pass.',
        'about_them.warn.',
      ].sort(),
    );
  });

  it('pick the variant the params ask for', () => {
    const t = translatorFor('en');
    const withIntroducer = checkRequest({ body: 'Hello.', language: 'en', context: context('James Carter') })[1];
    expect(withIntroducer && messageOf(t, withIntroducer)).toBe(
      'James Carter is not mentioned: open with who suggested you write',
    );
    const [count] = checkRequest({ body: 'One', language: 'en', context: context(null) });
    expect(count && messageOf(t, count)).toBe('1 word: quick to read');
    expect(
      messageOf(translatorFor('de'), { id: 'word_count', status: 'warn', params: { count: 1234, limit: 75 } }),
    ).toBe('1.234 Wörter: höchstens 75 sind das Ziel');
  });

  it('name every check, template kind and placeholder in every language', () => {
    for (const language of locales) {
      const t = translatorFor(language);
      for (const id of requestCheckIds)
        expect(t(`requests.checks.${id}.label` as 'requests.checks.word_count.label')).not.toMatch(/^requests\./);
      for (const kind of templateKinds)
        expect(t(`requests.kinds.${kind}` as 'requests.kinds.cold_email')).not.toMatch(/^requests\./);
      for (const name of placeholderNames)
        expect(t(`requests.placeholders.${name}` as 'requests.placeholders.my_name')).not.toMatch(/^requests\./);
    }
  });
});
