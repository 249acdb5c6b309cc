import type { Locale } from './locale.ts';

/**
 * The "report back" note (product.md, "Thank and follow through"): a short message telling the
 * advisor what the user did with their advice. People who gave advice like to hear it helped, and
 * the note keeps the relationship warm. The wording is data, one natural version per language.
 */
interface ReportBackWording {
  subject: string;
  body: string;
  /** Used for the greeting when the advisor's first name is unknown. */
  noName: string;
}

const wordings: Record<Locale, ReportBackWording> = {
  en: {
    subject: 'Your advice helped: a quick update',
    body: [
      'Hi {name},',
      '',
      'Thank you again for taking the time to talk with me. I wanted to let you know that I followed up on your advice: {done}.',
      '',
      'It made a real difference, and I am grateful. I will keep you posted on how things go.',
      '',
      'Best regards,',
      '{me}',
    ].join('\n'),
    noName: 'there',
  },
  nb: {
    subject: 'Rådet ditt hjalp – en kort oppdatering',
    body: [
      'Hei {name},',
      '',
      'Takk igjen for at du tok deg tid til å snakke med meg. Jeg ville bare si at jeg har fulgt opp rådet ditt: {done}.',
      '',
      'Det var til stor hjelp, og jeg setter pris på det. Jeg gir deg gjerne beskjed om hvordan det går videre.',
      '',
      'Vennlig hilsen',
      '{me}',
    ].join('\n'),
    noName: '',
  },
  de: {
    subject: 'Ihr Rat hat mir geholfen – ein kurzes Update',
    body: [
      'Hallo {name},',
      '',
      'nochmals vielen Dank, dass Sie sich Zeit für unser Gespräch genommen haben. Ich wollte Ihnen kurz berichten, dass ich Ihren Rat umgesetzt habe: {done}.',
      '',
      'Das hat mich wirklich weitergebracht. Gern halte ich Sie auf dem Laufenden, wie es weitergeht.',
      '',
      'Viele Grüße',
      '{me}',
    ].join('\n'),
    noName: '',
  },
  id: {
    subject: 'Saran Anda sangat membantu – kabar singkat',
    body: [
      'Halo {name},',
      '',
      'Terima kasih sekali lagi atas waktu yang sudah Anda luangkan untuk berbincang dengan saya. Saya ingin mengabarkan bahwa saya sudah menindaklanjuti saran Anda: {done}.',
      '',
      'Saran itu sangat berarti bagi saya. Saya akan mengabari Anda lagi tentang perkembangannya.',
      '',
      'Salam hangat,',
      '{me}',
    ].join('\n'),
    noName: '',
  },
};

export interface ReportBackDraft {
  subject: string;
  body: string;
}

/**
 * The note in the user's language. `done` is the task the user finished, in their own words;
 * the advisor is greeted by first name, as the thank-you note does.
 */
export function draftReportBack(
  locale: Locale,
  input: { advisorName: string; done: string; myName: string },
): ReportBackDraft {
  const wording = wordings[locale];
  const firstName = input.advisorName.trim().split(/\s+/)[0] ?? '';
  const done = input.done.trim().replace(/[.!?…]+$/u, '');
  const fill = (text: string) =>
    text
      .replaceAll('{name}', firstName || wording.noName)
      .replaceAll('{done}', locale === 'de' ? done : lowerFirst(done))
      .replaceAll('{me}', input.myName.trim());
  return {
    subject: fill(wording.subject),
    // A greeting without a name would read "Hei ,": drop the stray space before the comma.
    body: fill(wording.body).replace(/ ,/g, ',').trimEnd(),
  };
}

/**
 * "Rewrote my CV" reads naturally after a colon as "rewrote my CV"; acronyms ("CV …") stay as they
 * are. Not in German, where nouns keep their capital.
 */
function lowerFirst(text: string): string {
  if (text.length < 2) return text;
  const [first, second] = [text[0]!, text[1]!];
  return second === second.toLowerCase() ? first.toLowerCase() + text.slice(1) : text;
}
