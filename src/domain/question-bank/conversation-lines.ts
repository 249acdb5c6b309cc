import type { Locale } from '#domain/locale';

/**
 * Said about five minutes before the agreed end: it shows the advisor the user keeps to the time
 * they asked for, and leaves room for one last question and the next steps.
 */
export const wrapUpLines: Record<Locale, string> = {
  en: 'I want to respect your time. We only have a few minutes left, so may I ask you one last question?',
  nb: 'Jeg vil ikke ta mer av tiden din enn vi avtalte. Vi har bare noen få minutter igjen, så kan jeg få stille ett siste spørsmål?',
  de: 'Ich möchte Ihre Zeit nicht überstrapazieren. Uns bleiben nur noch wenige Minuten – darf ich Ihnen noch eine letzte Frage stellen?',
  id: 'Saya ingin menghargai waktu Anda. Waktu kita tinggal beberapa menit lagi, jadi bolehkah saya mengajukan satu pertanyaan terakhir?',
};

export interface NextStepPrompts {
  /** Ask for one or two people to talk to next. */
  referrals: string;
  /** Ask before using the advisor's name with those people: it is their relationship, not ours. */
  useName: string;
  /** Ask to stay in touch, which the keep-in-touch cadence then follows through on. */
  keepInTouch: string;
}

export const nextStepPrompts: Record<Locale, NextStepPrompts> = {
  en: {
    referrals: 'Before we finish, could you suggest one or two people I might contact to learn more?',
    useName: 'When I get in touch with them, may I mention that you suggested it?',
    keepInTouch: 'Would it be all right if I kept in touch and let you know how things go?',
  },
  nb: {
    referrals: 'Før vi runder av: Har du forslag til én eller to personer jeg kan kontakte for å lære mer?',
    useName: 'Går det greit at jeg sier at det var du som tipset meg, når jeg tar kontakt med dem?',
    keepInTouch: 'Er det greit at jeg holder kontakten og forteller deg hvordan det går videre?',
  },
  de: {
    referrals:
      'Bevor wir zum Ende kommen: Fallen Ihnen ein oder zwei Personen ein, an die ich mich wenden könnte, um mehr zu erfahren?',
    useName: 'Darf ich mich auf Sie berufen, wenn ich mich bei diesen Personen melde?',
    keepInTouch: 'Wäre es Ihnen recht, wenn ich mich ab und zu melde und Ihnen erzähle, wie es bei mir weitergeht?',
  },
  id: {
    referrals:
      'Sebelum kita selesai, apakah ada satu atau dua orang yang menurut Anda bisa saya hubungi untuk belajar lebih banyak?',
    useName: 'Saat menghubungi mereka nanti, bolehkah saya menyebutkan bahwa Anda yang menyarankannya?',
    keepInTouch: 'Apakah Anda keberatan jika saya tetap menjalin kontak dan sesekali mengabarkan perkembangan saya?',
  },
};
