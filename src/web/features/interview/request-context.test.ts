import { describe, expect, it } from 'vitest';
import type { Interview } from '#shared/interview.schema';
import type { Profile } from '#shared/profile.schema';
import { kindsOffered } from './draft-state.ts';
import { placeholderValuesOf, requestContextOf } from './request-context.ts';

function interviewWith(contact: Partial<Interview['contact']>, organisationName = 'Havvind AS'): Interview {
  return {
    id: 'i1',
    contactId: 'c1',
    contactName: 'Kari Nordmann',
    organisationId: 'o1',
    organisationName,
    stage: 'prospect',
    goal: '',
    requestedOn: null,
    repliedOn: null,
    meetingStart: null,
    meetingTimeZone: null,
    version: 1,
    updatedAt: '2025-03-03T10:00:00.000Z',
    requestChannel: null,
    routine: '3b7',
    draftKind: 'cold_email',
    draftSubject: '',
    draftBody: '',
    offeredSlots: [],
    offeredSlotsTimeZone: '',
    rehearsals: 0,
    contact: {
      name: 'Kari Nordmann',
      title: 'Project engineer',
      emails: [],
      linkedinUrl: '',
      introducerName: null,
      mayUseIntroducerName: false,
      ...contact,
    },
    routineSchedule: [],
    replyLabel: null,
    meeting: null,
    steps: [],
  };
}

const profile: Profile = {
  myName: 'Ingrid Berg',
  myBackground: 'a student of energy systems',
  myField: ' offshore wind ',
  country: 'NO',
  timeZone: 'Europe/Oslo',
  routine: '3b7',
  feedPath: null,
  today: '2026-03-02',
  version: 1,
};

describe('placeholderValuesOf', () => {
  it('fills the advisor, the organisation and the user from the interview and the profile', () => {
    expect(placeholderValuesOf(interviewWith({}), profile)).toMatchObject({
      advisor_name: 'Kari Nordmann',
      advisor_first_name: 'Kari',
      advisor_title: 'Project engineer',
      organisation: 'Havvind AS',
      my_name: 'Ingrid Berg',
      my_background: 'a student of energy systems',
    });
  });

  it('names the introducer only when they allowed it', () => {
    const allowed = interviewWith({ introducerName: 'Ola Hansen', mayUseIntroducerName: true });
    const refused = interviewWith({ introducerName: 'Ola Hansen', mayUseIntroducerName: false });
    expect(placeholderValuesOf(allowed, profile)).toMatchObject({
      introducer_name: 'Ola Hansen',
      introducer_first_name: 'Ola',
    });
    expect(placeholderValuesOf(refused, profile)).toMatchObject({ introducer_name: '', introducer_first_name: '' });
    expect(requestContextOf(refused, profile).introducerName).toBeNull();
  });

  it('leaves the user’s own placeholders empty without a profile, so they stay visible', () => {
    expect(placeholderValuesOf(interviewWith({}), null)).toMatchObject({ my_name: '', my_field: '' });
  });
});

describe('requestContextOf', () => {
  it('gives the checks the advisor, the organisation and the field, trimmed', () => {
    expect(requestContextOf(interviewWith({}), profile)).toEqual({
      advisorName: 'Kari Nordmann',
      introducerName: null,
      organisationName: 'Havvind AS',
      field: 'offshore wind',
    });
    expect(requestContextOf(interviewWith({}, ''), { ...profile, myField: '' })).toMatchObject({
      organisationName: null,
      field: null,
    });
  });
});

describe('kindsOffered', () => {
  it('offers the warm e-mail only with the introducer’s permission, or when the draft is warm already', () => {
    expect(kindsOffered(interviewWith({}), 'cold_email')).not.toContain('warm_email');
    expect(kindsOffered(interviewWith({ introducerName: 'Ola', mayUseIntroducerName: true }), 'cold_email')).toContain(
      'warm_email',
    );
    expect(kindsOffered(interviewWith({ introducerName: 'Ola' }), 'warm_email')).toContain('warm_email');
  });
});
