/**
 * An informational interview as the method sees it: one conversation with one contact, moving
 * through stages. `declined` and `no-reply` are endings; the rest follow the lifecycle of
 * product.md in order, which is also the order of the pipeline's columns.
 */
export const interviewStages = [
  'prospect',
  'requested',
  'scheduled',
  'prepared',
  'held',
  'thanked',
  'keeping-in-touch',
  'declined',
  'no-reply',
] as const;
export type InterviewStage = (typeof interviewStages)[number];

/** Stages after which no action is due any more (until the user reopens the interview). */
export const closedStages: readonly InterviewStage[] = ['declined', 'no-reply'];

/** How the request went out. */
export const requestChannels = ['email', 'phone', 'linkedin', 'in_person'] as const;
export type RequestChannel = (typeof requestChannels)[number];

/** Where the meeting happens; the place is an address for the first two, a number or link after. */
export const meetingFormats = ['cafe', 'their_office', 'phone', 'video'] as const;
export type MeetingFormat = (typeof meetingFormats)[number];

/** The things Today reminds of around a meeting, each dismissed on its own. */
export const meetingReminders = ['confirm', 'leave_early', 'bring_cv'] as const;
export type MeetingReminder = (typeof meetingReminders)[number];

/** What a reply said. An accepted request goes on to scheduling; a declined one ends. */
export const replyOutcomes = ['accepted', 'declined'] as const;
export type ReplyOutcome = (typeof replyOutcomes)[number];

export const interviewLimits = {
  goal: 300,
  subject: 300,
  body: 20_000,
  place: 1000,
  /** The method's norm is 15-30 minutes; a long lunch is the most anyone would plan. */
  minMeetingMinutes: 5,
  maxMeetingMinutes: 240,
  defaultMeetingMinutes: 20,
  /** "Offer the advisor two or three slots". */
  maxOfferedSlots: 3,
} as const;

/** The kinds of step an interview's history records, each with its day. */
export const interviewStepKinds = [
  'created',
  'stage_changed',
  'request_sent',
  'second_contact',
  'follow_up_sent',
  'reply_received',
  'scheduled',
  'rescheduled',
  'cancelled',
  'closed_no_reply',
  'reopened',
  /** The checklist was completed and the interview marked prepared. */
  'prepared',
  /** Live mode ended: the conversation took place. */
  'held',
  /** The thank-you note went out. */
  'thank_you_sent',
] as const;
export type InterviewStepKind = (typeof interviewStepKinds)[number];
