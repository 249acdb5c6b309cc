import type { BuiltInQuestion } from './question-vocabulary.ts';

/**
 * Advancement, pay, hours and pressures: what a job interview makes awkward to ask and a
 * conversation about the field allows. Pay questions ask about ranges in the field, never the
 * advisor's own salary.
 */
export const conditionsQuestions: readonly BuiltInQuestion[] = [
  {
    key: 'advancement.next_steps',
    category: 'advancement',
    lens: 'insights',
    minutes: 2,
    text: {
      en: 'Where does this role usually lead next, and how long do people tend to stay in it?',
      nb: 'Hvor går veien videre fra en slik stilling, og hvor lenge blir folk vanligvis i den?',
      de: 'Wohin führt der Weg von dieser Position meist weiter, und wie lange bleibt man in der Regel in dieser Rolle?',
      id: 'Biasanya ke mana arah karier setelah posisi ini, dan berapa lama orang umumnya bertahan di sana?',
    },
  },
  {
    key: 'advancement.further_degree',
    category: 'advancement',
    lens: 'advice',
    minutes: 2,
    text: {
      en: 'Does moving up require a further degree or certificate, and if so, in what subject?',
      nb: 'Trenger man mer utdanning for å rykke opp, og i så fall i hvilket fag?',
      de: 'Braucht man für den Aufstieg einen weiteren Abschluss, und wenn ja, in welchem Fach?',
      id: 'Apakah untuk naik jenjang diperlukan gelar atau sertifikat lanjutan, dan kalau ya, di bidang apa?',
    },
  },
  {
    key: 'advancement.who_moves_up',
    category: 'advancement',
    lens: 'insights',
    minutes: 2,
    text: {
      en: 'What sets apart the people who move up from those who stay where they are?',
      nb: 'Hva skiller de som avanserer fra de som blir stående på samme sted?',
      de: 'Was unterscheidet diejenigen, die aufsteigen, von denen, die auf ihrer Position bleiben?',
      id: 'Apa yang membedakan orang yang naik jabatan dari mereka yang tetap di posisi yang sama?',
    },
  },
  {
    key: 'advancement.specialist_or_manager',
    category: 'advancement',
    lens: 'insights',
    minutes: 2,
    text: {
      en: 'Is there a career path for specialists, or does moving up mostly mean managing people?',
      nb: 'Finnes det en karrierevei for fagspesialister, eller betyr opprykk stort sett å bli leder?',
      de: 'Gibt es eine Fachlaufbahn, oder bedeutet Aufstieg vor allem, Personalverantwortung zu übernehmen?',
      id: 'Apakah ada jalur karier untuk tenaga ahli, atau naik jenjang umumnya berarti harus memimpin tim?',
    },
  },
  {
    key: 'pay.ranges_by_level',
    category: 'pay',
    lens: 'insights',
    minutes: 2,
    text: {
      en: 'What pay ranges are usual in this field for newcomers, experienced people and senior roles?',
      nb: 'Hva er vanlige lønnsspenn i feltet for nyutdannede, erfarne og seniorer?',
      de: 'Welche Gehaltsspannen sind in diesem Bereich für Einsteiger, Erfahrene und Senior-Positionen üblich?',
      id: 'Berapa kisaran gaji yang umum di bidang ini untuk lulusan baru, tenaga berpengalaman, dan posisi senior?',
    },
  },
  {
    key: 'pay.where_to_check',
    category: 'pay',
    lens: 'resources',
    minutes: 1,
    text: {
      en: 'Where can I find reliable salary figures for this field, such as surveys or union pay scales?',
      nb: 'Hvor finner jeg pålitelige lønnstall for feltet, for eksempel lønnsstatistikk eller tariffavtaler?',
      de: 'Wo finde ich verlässliche Gehaltsangaben für diesen Bereich, etwa Gehaltsstudien oder Tariftabellen?',
      id: 'Di mana saya bisa menemukan data gaji yang bisa dipercaya untuk bidang ini, misalnya survei gaji atau laporan industri?',
    },
  },
  {
    key: 'pay.benefits',
    category: 'pay',
    lens: 'insights',
    minutes: 2,
    text: {
      en: 'Apart from salary, which benefits or perks are common in this line of work?',
      nb: 'Hvilke goder er vanlige i dette yrket, utenom selve lønnen?',
      de: 'Welche Zusatzleistungen sind in diesem Beruf neben dem Gehalt üblich?',
      id: 'Selain gaji, tunjangan atau fasilitas apa yang umum di bidang pekerjaan ini?',
    },
  },
  {
    key: 'pay.fairness',
    category: 'pay',
    lens: 'insights',
    minutes: 2,
    text: {
      en: 'In your experience, are pay and promotions shared out fairly in this field, for instance between women and men?',
      nb: 'Opplever du at lønn og muligheter fordeles rettferdig i feltet, for eksempel mellom kvinner og menn?',
      de: 'Wie erleben Sie die Verteilung von Gehalt und Aufstiegschancen in Ihrem Bereich, etwa zwischen Frauen und Männern?',
      id: 'Menurut pengalaman Anda, apakah gaji dan kesempatan naik jabatan di bidang ini sudah adil, misalnya antara perempuan dan laki-laki?',
    },
  },
  {
    key: 'pay.trend',
    category: 'pay',
    lens: 'trends',
    minutes: 1,
    text: {
      en: 'Has pay in this field been rising, holding steady or under pressure in recent years?',
      nb: 'Har lønnsnivået i feltet steget, stått stille eller vært under press de siste årene?',
      de: 'Sind die Gehälter in diesem Bereich in den letzten Jahren gestiegen, gleich geblieben oder unter Druck geraten?',
      id: 'Dalam beberapa tahun terakhir, apakah gaji di bidang ini naik, stagnan, atau justru tertekan?',
    },
  },
  {
    key: 'hours_and_flexibility.usual_hours',
    category: 'hours_and_flexibility',
    lens: 'insights',
    minutes: 1,
    text: {
      en: 'How many hours a week do people in your role usually work?',
      nb: 'Hvor mange timer i uka jobber folk i en rolle som din vanligvis?',
      de: 'Wie viele Stunden pro Woche arbeitet man in Ihrer Position normalerweise?',
      id: 'Berapa jam per minggu biasanya orang dengan peran seperti Anda bekerja?',
    },
  },
  {
    key: 'hours_and_flexibility.fixed_or_flexible',
    category: 'hours_and_flexibility',
    lens: 'insights',
    minutes: 2,
    text: {
      en: 'Are your working hours fixed, or do you have room to plan your own day?',
      nb: 'Har du faste arbeidstider, eller kan du legge opp dagen selv?',
      de: 'Haben Sie feste Arbeitszeiten, oder können Sie Ihren Tag selbst einteilen?',
      id: 'Apakah jam kerja Anda tetap, atau Anda bisa mengatur sendiri waktu kerja Anda?',
    },
  },
  {
    key: 'hours_and_flexibility.remote',
    category: 'hours_and_flexibility',
    lens: 'trends',
    minutes: 2,
    text: {
      en: 'How common is working from home in this field, and is that changing?',
      nb: 'Hvor vanlig er hjemmekontor i feltet, og er det i endring?',
      de: 'Wie verbreitet ist Homeoffice in diesem Bereich, und verändert sich das gerade?',
      id: 'Seberapa umum bekerja dari rumah di bidang ini, dan apakah hal itu sedang berubah?',
    },
  },
  {
    key: 'hours_and_flexibility.travel_and_evenings',
    category: 'hours_and_flexibility',
    lens: 'insights',
    minutes: 2,
    text: {
      en: 'How much travel, evening work or on-call duty does the job involve?',
      nb: 'Hvor mye reising, kveldsarbeid eller vakt innebærer jobben?',
      de: 'Wie viel Reisetätigkeit, Abendarbeit oder Bereitschaftsdienst bringt die Stelle mit sich?',
      id: 'Seberapa sering pekerjaan ini menuntut perjalanan dinas, kerja malam, atau siaga di luar jam kerja?',
    },
  },
  {
    key: 'pressures.biggest_pressure',
    category: 'pressures',
    lens: 'insights',
    minutes: 2,
    text: {
      en: 'What causes the most pressure or stress in your work?',
      nb: 'Hva skaper mest press eller stress i jobben din?',
      de: 'Was verursacht in Ihrer Arbeit den meisten Druck oder Stress?',
      id: 'Apa yang paling menimbulkan tekanan atau stres dalam pekerjaan Anda?',
    },
  },
  {
    key: 'pressures.hardest_decisions',
    category: 'pressures',
    lens: 'assignments',
    minutes: 3,
    text: {
      en: 'What are the toughest problems or decisions you have to deal with?',
      nb: 'Hva er de vanskeligste problemene eller beslutningene du må håndtere?',
      de: 'Was sind die schwierigsten Probleme oder Entscheidungen, mit denen Sie zu tun haben?',
      id: 'Masalah atau keputusan tersulit apa yang harus Anda hadapi?',
    },
  },
  {
    key: 'pressures.frustrations',
    category: 'pressures',
    lens: 'insights',
    minutes: 2,
    text: {
      en: 'What frustrates you most about the work, and is that typical of the field?',
      nb: 'Hva frustrerer deg mest ved jobben, og er det typisk for bransjen?',
      de: 'Was frustriert Sie an Ihrer Arbeit am meisten, und ist das typisch für die Branche?',
      id: 'Apa yang paling membuat Anda frustrasi dalam pekerjaan ini, dan apakah itu umum di bidang ini?',
    },
  },
  {
    key: 'pressures.most_rewarding',
    category: 'pressures',
    lens: 'insights',
    minutes: 2,
    text: {
      en: 'And on the other side, what do you find most rewarding about your work?',
      nb: 'Og på den andre siden: hva synes du er mest givende med jobben?',
      de: 'Und umgekehrt: Was empfinden Sie an Ihrer Arbeit als besonders erfüllend?',
      id: 'Sebaliknya, apa yang paling membuat Anda puas dari pekerjaan ini?',
    },
  },
];
