import type { BuiltInQuestion } from './question-vocabulary.ts';

/** The role and its titles, and what a day, a week and a year of it look like. */
export const theWorkItselfQuestions: readonly BuiltInQuestion[] = [
  {
    key: 'role_and_titles.your_title',
    category: 'role_and_titles',
    lens: 'assignments',
    minutes: 2,
    text: {
      en: 'What is your official title, and how would you explain your job to someone outside the field?',
      nb: 'Hva er den formelle tittelen din, og hvordan ville du forklart jobben din for noen utenfor bransjen?',
      de: 'Wie lautet Ihre offizielle Berufsbezeichnung, und wie würden Sie Ihre Arbeit jemandem erklären, der nicht aus dem Fach kommt?',
      id: 'Apa jabatan resmi Anda, dan bagaimana Anda akan menjelaskan pekerjaan Anda kepada orang di luar bidang ini?',
    },
  },
  {
    key: 'role_and_titles.other_titles',
    category: 'role_and_titles',
    lens: 'insights',
    minutes: 1,
    text: {
      en: 'What other titles are used for this kind of role, say in job ads or at other organisations?',
      nb: 'Hvilke andre titler brukes om denne typen stilling, for eksempel i stillingsannonser eller hos andre arbeidsgivere?',
      de: 'Unter welchen anderen Bezeichnungen findet man diese Stelle, etwa in Stellenanzeigen oder bei anderen Arbeitgebern?',
      id: 'Jabatan seperti ini biasanya disebut dengan nama apa saja, misalnya di iklan lowongan atau di organisasi lain?',
    },
  },
  {
    key: 'role_and_titles.title_vs_reality',
    category: 'role_and_titles',
    lens: 'insights',
    minutes: 2,
    text: {
      en: 'In what ways does your day-to-day work differ from what your title suggests?',
      nb: 'På hvilke måter skiller det du faktisk gjør seg fra det tittelen din gir inntrykk av?',
      de: 'Inwiefern unterscheidet sich Ihre tatsächliche Arbeit von dem, was Ihre Berufsbezeichnung vermuten lässt?',
      id: 'Sejauh mana pekerjaan Anda sehari-hari berbeda dari kesan yang ditimbulkan oleh nama jabatan Anda?',
    },
  },
  {
    key: 'role_and_titles.main_responsibilities',
    category: 'role_and_titles',
    lens: 'assignments',
    minutes: 2,
    text: {
      en: 'What are the main things you are responsible for in this role?',
      nb: 'Hva er de viktigste ansvarsområdene dine i denne rollen?',
      de: 'Wofür sind Sie in Ihrer Position hauptsächlich verantwortlich?',
      id: 'Apa saja tanggung jawab utama Anda dalam peran ini?',
    },
  },
  {
    key: 'role_and_titles.reporting_line',
    category: 'role_and_titles',
    lens: 'assignments',
    minutes: 2,
    text: {
      en: 'Who do you report to, and who depends on your work day to day?',
      nb: 'Hvem rapporterer du til, og hvem er avhengig av arbeidet ditt til daglig?',
      de: 'An wen berichten Sie, und wer ist im Alltag auf Ihre Arbeit angewiesen?',
      id: 'Kepada siapa Anda melapor, dan siapa saja yang bergantung pada pekerjaan Anda sehari-hari?',
    },
  },
  {
    key: 'typical_day.yesterday',
    category: 'typical_day',
    lens: 'assignments',
    minutes: 3,
    text: {
      en: 'Could you walk me through what you did yesterday, from the start of your workday to the end?',
      nb: 'Kan du fortelle hvordan arbeidsdagen din i går så ut, fra start til slutt?',
      de: 'Könnten Sie mir schildern, wie Ihr gestriger Arbeitstag von Anfang bis Ende verlaufen ist?',
      id: 'Bisakah Anda ceritakan apa saja yang Anda kerjakan kemarin, dari awal hingga akhir hari kerja?',
    },
  },
  {
    key: 'typical_day.week_shape',
    category: 'typical_day',
    lens: 'assignments',
    minutes: 2,
    text: {
      en: 'What does a typical week look like for you: is there a set routine, or does it change a lot?',
      nb: 'Hvordan ser en vanlig uke ut for deg – har du faste rutiner, eller varierer det mye?',
      de: 'Wie sieht eine typische Arbeitswoche bei Ihnen aus – gibt es feste Abläufe, oder ist jede Woche anders?',
      id: 'Seperti apa minggu kerja Anda yang biasa: ada rutinitas tetap, atau sering berubah?',
    },
  },
  {
    key: 'typical_day.year_cycle',
    category: 'typical_day',
    lens: 'insights',
    minutes: 2,
    text: {
      en: 'Are there busy seasons or recurring peaks during the year that shape your work?',
      nb: 'Finnes det travle perioder eller faste topper gjennom året som preger arbeidet ditt?',
      de: 'Gibt es im Jahresverlauf Stoßzeiten oder wiederkehrende Spitzen, die Ihre Arbeit prägen?',
      id: 'Apakah ada masa sibuk atau puncak pekerjaan yang berulang sepanjang tahun?',
    },
  },
  {
    key: 'typical_day.time_split',
    category: 'typical_day',
    lens: 'assignments',
    minutes: 2,
    text: {
      en: 'Roughly how is your time divided between meetings, focused work on your own and contact with people outside?',
      nb: 'Hvordan fordeler tiden din seg omtrent mellom møter, konsentrert arbeid og kontakt med folk utenfor organisasjonen?',
      de: 'Wie verteilt sich Ihre Zeit ungefähr auf Besprechungen, konzentriertes Arbeiten und Kontakt mit Menschen von außen?',
      id: 'Kira-kira bagaimana pembagian waktu Anda antara rapat, bekerja mandiri, dan berhubungan dengan pihak luar?',
    },
  },
  {
    key: 'typical_day.variety',
    category: 'typical_day',
    lens: 'insights',
    minutes: 2,
    text: {
      en: 'How much does one day differ from the next, and what keeps the work interesting for you?',
      nb: 'Hvor mye skiller den ene dagen seg fra den neste, og hva gjør jobben spennende for deg?',
      de: 'Wie sehr unterscheiden sich Ihre Arbeitstage voneinander, und was macht die Arbeit für Sie spannend?',
      id: 'Seberapa berbeda satu hari kerja dengan hari lainnya, dan apa yang membuat pekerjaan ini tetap menarik bagi Anda?',
    },
  },
];
