import type { BuiltInQuestion } from './question-vocabulary.ts';

/** How to break in, what to put in a CV, and where and when openings appear. */
export const gettingInQuestions: readonly BuiltInQuestion[] = [
  {
    key: 'breaking_in.steps',
    category: 'breaking_in',
    lens: 'insights',
    minutes: 2,
    text: {
      en: 'Apart from education and experience, what does it take to get in: tests, interviews, memberships?',
      nb: 'Hva skal til for å komme inn, utover utdanning og erfaring – tester, intervjuer, medlemskap?',
      de: 'Was braucht es außer Ausbildung und Erfahrung noch für den Einstieg – etwa Tests, Auswahlgespräche oder Mitgliedschaften?',
      id: 'Selain pendidikan dan pengalaman, apa lagi yang diperlukan untuk masuk: tes, wawancara, atau keanggotaan tertentu?',
    },
  },
  {
    key: 'breaking_in.entry_roles',
    category: 'breaking_in',
    lens: 'advice',
    minutes: 2,
    text: {
      en: 'Which entry-level roles make a good first step into this field?',
      nb: 'Hvilke stillinger passer godt som et første steg inn i feltet?',
      de: 'Welche Einstiegspositionen eignen sich gut als erster Schritt in diesen Bereich?',
      id: 'Posisi tingkat awal apa yang bagus sebagai langkah pertama masuk ke bidang ini?',
    },
  },
  {
    key: 'breaking_in.career_changer',
    category: 'breaking_in',
    lens: 'insights',
    minutes: 2,
    text: {
      en: 'How do people who come from a different field usually find their way in?',
      nb: 'Hvordan kommer folk med bakgrunn fra andre felt vanligvis inn?',
      de: 'Wie finden Quereinsteiger aus anderen Bereichen üblicherweise ihren Weg hierher?',
      id: 'Bagaimana biasanya orang dari bidang lain bisa beralih dan masuk ke bidang ini?',
    },
  },
  {
    key: 'breaking_in.first_move',
    category: 'breaking_in',
    lens: 'advice',
    minutes: 2,
    text: {
      en: 'If you were in my shoes, what would you do first to get started?',
      nb: 'Hvis du var i min situasjon, hva ville du gjort først for å komme i gang?',
      de: 'Was würden Sie an meiner Stelle als Erstes tun, um den Einstieg zu schaffen?',
      id: 'Seandainya Anda berada di posisi saya, langkah apa yang akan Anda ambil lebih dulu?',
    },
  },
  {
    key: 'cv_keywords.words_to_use',
    category: 'cv_keywords',
    lens: 'resources',
    minutes: 2,
    text: {
      en: 'Which words and terms should appear in a CV or cover letter for this field?',
      nb: 'Hvilke ord og begreper bør stå i en CV eller søknad i dette feltet?',
      de: 'Welche Begriffe und Schlagworte sollten in einem Lebenslauf oder Anschreiben für diesen Bereich vorkommen?',
      id: 'Istilah atau kata kunci apa yang sebaiknya muncul di CV atau surat lamaran untuk bidang ini?',
    },
  },
  {
    key: 'cv_keywords.cv_feedback',
    category: 'cv_keywords',
    lens: 'advice',
    minutes: 3,
    text: {
      en: 'Would you mind glancing at my CV and telling me what stands out or seems to be missing?',
      nb: 'Kunne du tenke deg å ta en rask titt på CV-en min og si hva som skiller seg ut eller mangler?',
      de: 'Würden Sie kurz einen Blick auf meinen Lebenslauf werfen und mir sagen, was auffällt oder fehlt?',
      id: 'Apakah Anda bersedia melihat sekilas CV saya dan memberi tahu apa yang menonjol atau masih kurang?',
    },
  },
  {
    key: 'cv_keywords.red_flags',
    category: 'cv_keywords',
    lens: 'advice',
    minutes: 2,
    text: {
      en: 'What in an application makes people in your field lose interest quickly?',
      nb: 'Hva i en søknad får folk i bransjen din til å miste interessen raskt?',
      de: 'Was an einer Bewerbung führt in Ihrem Bereich schnell dazu, dass man das Interesse verliert?',
      id: 'Hal apa dalam sebuah lamaran yang membuat orang di bidang Anda cepat kehilangan minat?',
    },
  },
  {
    key: 'cv_keywords.convincing_examples',
    category: 'cv_keywords',
    lens: 'insights',
    minutes: 2,
    text: {
      en: 'What kind of achievements or examples convince you when you read an application?',
      nb: 'Hva slags resultater eller eksempler overbeviser deg når du leser en søknad?',
      de: 'Welche Erfolge oder Beispiele überzeugen Sie, wenn Sie eine Bewerbung lesen?',
      id: 'Pencapaian atau contoh seperti apa yang meyakinkan Anda saat membaca sebuah lamaran?',
    },
  },
  {
    key: 'job_postings.where_posted',
    category: 'job_postings',
    lens: 'resources',
    minutes: 1,
    text: {
      en: 'Where are jobs in this field usually advertised?',
      nb: 'Hvor blir jobber i dette feltet vanligvis utlyst?',
      de: 'Wo werden Stellen in diesem Bereich üblicherweise ausgeschrieben?',
      id: 'Di mana lowongan di bidang ini biasanya diumumkan?',
    },
  },
  {
    key: 'job_postings.unadvertised',
    category: 'job_postings',
    lens: 'insights',
    minutes: 2,
    text: {
      en: 'How often are positions filled before they are advertised, and how do people hear about them?',
      nb: 'Hvor ofte blir stillinger besatt før de lyses ut, og hvordan får folk vite om dem?',
      de: 'Wie oft werden Stellen besetzt, bevor sie ausgeschrieben sind, und wie erfährt man davon?',
      id: 'Seberapa sering posisi sudah terisi sebelum diiklankan, dan bagaimana orang bisa tahu tentangnya?',
    },
  },
  {
    key: 'job_postings.upcoming_roles',
    category: 'job_postings',
    lens: 'trends',
    minutes: 2,
    text: {
      en: 'Do you see new roles taking shape in your part of the organisation over the coming months?',
      nb: 'Ser du for deg at det kommer nye stillinger i din del av organisasjonen de nærmeste månedene?',
      de: 'Zeichnen sich in Ihrem Teil der Organisation in den kommenden Monaten neue Stellen ab?',
      id: 'Apakah Anda melihat kemungkinan munculnya peran baru di bagian Anda dalam beberapa bulan mendatang?',
    },
  },
  {
    key: 'job_postings.recruiters',
    category: 'job_postings',
    lens: 'resources',
    minutes: 2,
    text: {
      en: 'Are there recruiters, agencies or networks that play a big part in hiring in this field?',
      nb: 'Er det rekrutteringsbyråer eller nettverk som betyr mye for ansettelser i feltet?',
      de: 'Gibt es Personalvermittler, Agenturen oder Netzwerke, die bei Einstellungen in diesem Bereich eine große Rolle spielen?',
      id: 'Adakah perekrut, agensi, atau jaringan tertentu yang berperan besar dalam perekrutan di bidang ini?',
    },
  },
];
