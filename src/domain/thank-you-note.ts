import type { Locale } from './locale.ts';

/**
 * The thank-you note, drafted the day of the conversation (product.md, "Thank and follow
 * through"): a thank-you by name, two or three things the user took from it (their starred
 * notes, so the advisor sees they were heard), and the user's name. Plain text: it goes into a
 * mail program through mailto:, the clipboard or an .eml file.
 */
export interface ThankYouInput {
  locale: Locale;
  advisorName: string;
  myName: string;
  /** The starred learnings in plan order; at most `maxLearnings` are used. */
  learnings: readonly string[];
}

export interface ThankYouDraft {
  subject: string;
  body: string;
}

/** Two or three: enough to show what stayed, short enough to be read. */
export const maxLearnings = 3;

interface ThankYouWords {
  subject: string;
  greeting: (advisor: string) => string;
  thanks: string;
  oneLearning: string;
  learnings: string;
  noLearnings: string;
  close: string;
  signOff: string;
}

// German uses "Guten Tag" with the full name and "Sie", as the request did; the others greet by
// first name, as a note to someone you just talked with does in those languages.
export const thankYouWords: Record<Locale, ThankYouWords> = {
  en: {
    subject: 'Thank you for the conversation',
    greeting: (advisor) => `Hi ${advisor},`,
    thanks: 'Thank you so much for taking the time to talk with me today. It was a real help.',
    oneLearning: 'One thing I will take with me:',
    learnings: 'A few things I will take with me:',
    noLearnings: 'You gave me a much clearer picture of the field, and plenty to think about.',
    close: 'I will let you know how it goes.',
    signOff: 'Best regards,',
  },
  nb: {
    subject: 'Takk for praten',
    greeting: (advisor) => `Hei ${advisor},`,
    thanks: 'Tusen takk for at du tok deg tid til å snakke med meg i dag. Det hjalp meg mye.',
    oneLearning: 'Dette tar jeg særlig med meg:',
    learnings: 'Noe av det jeg tar med meg:',
    noLearnings: 'Jeg fikk et mye klarere bilde av feltet, og mye å tenke videre på.',
    close: 'Jeg gir gjerne beskjed om hvordan det går videre.',
    signOff: 'Vennlig hilsen',
  },
  de: {
    subject: 'Vielen Dank für das Gespräch',
    greeting: (advisor) => `Guten Tag ${advisor},`,
    thanks: 'vielen Dank, dass Sie sich heute die Zeit für unser Gespräch genommen haben. Es hat mir sehr geholfen.',
    oneLearning: 'Besonders mitgenommen habe ich:',
    learnings: 'Einiges davon nehme ich besonders mit:',
    noLearnings: 'Ich habe jetzt ein viel klareres Bild von dem Feld und einiges, worüber ich weiter nachdenken werde.',
    close: 'Gern halte ich Sie auf dem Laufenden, wie es bei mir weitergeht.',
    signOff: 'Mit freundlichen Grüßen',
  },
  id: {
    subject: 'Terima kasih atas waktunya',
    greeting: (advisor) => `Halo ${advisor},`,
    thanks: 'Terima kasih banyak sudah meluangkan waktu untuk berbincang dengan saya hari ini. Itu sangat membantu.',
    oneLearning: 'Satu hal yang akan saya ingat:',
    learnings: 'Beberapa hal yang akan saya ingat:',
    noLearnings:
      'Saya jadi punya gambaran yang jauh lebih jelas tentang bidang ini, dan banyak bahan untuk dipikirkan.',
    close: 'Nanti saya kabari perkembangannya.',
    signOff: 'Salam hangat,',
  },
};

export function draftThankYou(input: ThankYouInput): ThankYouDraft {
  const words = thankYouWords[input.locale];
  const name = input.advisorName.trim().replace(/\s+/g, ' ');
  const addressed = input.locale === 'de' ? name : (name.split(' ')[0] ?? name);
  const learnings = input.learnings
    .map((learning) => learning.trim().replace(/\s+/g, ' '))
    .filter((learning) => learning !== '')
    .slice(0, maxLearnings);
  const paragraphs = [addressed ? words.greeting(addressed) : words.greeting('').replace(/\s+,/, ','), words.thanks];
  if (learnings.length === 0) paragraphs.push(words.noLearnings);
  else
    paragraphs.push(
      `${learnings.length === 1 ? words.oneLearning : words.learnings}\n${learnings.map((learning) => `- ${learning}`).join('\n')}`,
    );
  paragraphs.push(words.close);
  const signOff = input.myName.trim() ? `${words.signOff}\n${input.myName.trim()}` : words.signOff;
  paragraphs.push(signOff);
  return { subject: words.subject, body: paragraphs.join('\n\n') };
}
