import type { Migration } from 'kysely';
import * as createUsersAndContacts from './0001-create-users-and-contacts.ts';
import * as addOrganisationsNotesAndContactDetails from './0002-add-organisations-notes-and-contact-details.ts';
import * as addInterviewsMeetingsAndProfile from './0003-add-interviews-meetings-and-profile.ts';
import * as addQuestionBank from './0004-add-question-bank.ts';
import * as addConversationAndFollowThrough from './0005-add-conversation-and-follow-through.ts';

/**
 * Every migration, in order. Listed by hand (not read from the folder) so the bundled server
 * carries them, and so that adding one is a reviewed line here. Names sort in applying order.
 */
export const migrations: Record<string, Migration> = {
  '0001-create-users-and-contacts': createUsersAndContacts,
  '0002-add-organisations-notes-and-contact-details': addOrganisationsNotesAndContactDetails,
  '0003-add-interviews-meetings-and-profile': addInterviewsMeetingsAndProfile,
  '0004-add-question-bank': addQuestionBank,
  '0005-add-conversation-and-follow-through': addConversationAndFollowThrough,
};
