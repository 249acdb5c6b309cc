import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { locales, type Locale } from './locale.ts';
import {
  checkRequest,
  requestCheckIds,
  type RequestCheck,
  type RequestCheckId,
  type RequestContext,
} from './request-checks.ts';

const noContext: RequestContext = { advisorName: '', introducerName: null, organisationName: null, field: null };

function check(
  id: RequestCheckId,
  language: Locale,
  body: string,
  context: Partial<RequestContext> = {},
): RequestCheck {
  const result = checkRequest({ body, language, context: { ...noContext, ...context } }).find((c) => c.id === id);
  if (!result) throw new Error(`no ${id} check`);
  return result;
}

const words = (count: number) => Array.from({ length: count }, (_, index) => `w${index}`).join(' ');

describe('checkRequest', () => {
  it('returns all seven checks in their order', () => {
    expect(checkRequest({ body: '', language: 'en', context: noContext }).map((c) => c.id)).toEqual([
      ...requestCheckIds,
    ]);
  });

  it('never throws, whatever the text, language and context', () => {
    const text = fc.oneof(
      fc.string({ maxLength: 400 }),
      fc.string({ unit: 'binary', maxLength: 300 }),
      fc.string({ unit: 'grapheme', maxLength: 200 }),
      fc.string({
        unit: fc.constantFrom(
          ...' \n\r\t.,!?:;-–/{}"\'”»()?!…？Ø ß é\u0301 İ 15 20 30 Sie du Anda jobb Stelle lowongan minutes menit Minuten minutter half an hour et kvarter Hi Dear Hei Yth. Best regards, Vennlig hilsen 🙂 \u200d \ud800'.split(
            ' ',
          ),
        ),
        maxLength: 120,
      }),
    );
    const name = fc.oneof(
      fc.constant(null),
      fc.string({ maxLength: 30 }),
      fc.string({ unit: 'binary', maxLength: 20 }),
    );
    fc.assert(
      fc.property(
        text,
        fc.constantFrom(...locales),
        fc.string({ maxLength: 30 }),
        name,
        name,
        name,
        (body, language, advisorName, introducerName, organisationName, field) => {
          const checks = checkRequest({
            body,
            language,
            context: { advisorName, introducerName, organisationName, field },
          });
          expect(checks.map((c) => c.id)).toEqual([...requestCheckIds]);
          for (const result of checks) expect(['pass', 'warn', 'fail']).toContain(result.status);
        },
      ),
      { numRuns: 600 },
    );
  });

  it('answers an unknown language with the English rules', () => {
    const result = checkRequest({ body: 'Could you spare 15 minutes?', language: 'xx' as Locale, context: noContext });
    expect(result.find((c) => c.id === 'short_time')?.status).toBe('pass');
  });
});

describe('word_count', () => {
  it('passes up to 75 words, warns above, fails above 100', () => {
    expect(check('word_count', 'en', words(75))).toEqual({
      id: 'word_count',
      status: 'pass',
      params: { count: 75, limit: 75 },
    });
    expect(check('word_count', 'en', words(76))).toMatchObject({ status: 'warn', params: { count: 76, limit: 75 } });
    expect(check('word_count', 'en', words(100)).status).toBe('warn');
    expect(check('word_count', 'en', words(101))).toMatchObject({ status: 'fail', params: { count: 101, limit: 100 } });
  });

  it('counts words as a reader does, in any script', () => {
    expect(check('word_count', 'en', "I'm free for 15-20 minutes by e-mail, e.g. on Monday.").params.count).toBe(10);
    expect(check('word_count', 'nb', 'Har du 15–20 minutter til en prat om fornybar energi?').params.count).toBe(10);
    expect(check('word_count', 'de', 'Hätten Sie 15–20 Minuten für ein Gespräch über Straßenbau?').params.count).toBe(
      9,
    );
    expect(check('word_count', 'id', 'Apakah Anda bersedia berbincang 15–20 menit, kapan-kapan?').params.count).toBe(7);
    expect(check('word_count', 'en', '  \n\n  ').params.count).toBe(0);
    expect(check('word_count', 'en', 'Привет, как дела? 你好').params.count).toBe(4);
  });
});

describe('connection_first', () => {
  const introducer = (name: string) => ({ introducerName: name });

  it('passes when the first sentence names the introducer, after the greeting', () => {
    expect(
      check('connection_first', 'en', 'Dear Sarah,\n\nJames Carter suggested I contact you. Could we talk?', {
        introducerName: 'James Carter',
      }),
    ).toEqual({ id: 'connection_first', status: 'pass', params: { context: 'introducer', name: 'James Carter' } });
    expect(
      check('connection_first', 'nb', 'Hei Kari,\n\nOla foreslo at jeg tok kontakt med deg.', introducer('Ola Hansen'))
        .status,
    ).toBe('pass');
    expect(
      check(
        'connection_first',
        'de',
        'Sehr geehrte Frau Dr. Schneider,\n\nHerr Webers Empfehlung hat mich zu Ihnen geführt.',
        introducer('Thomas Weber'),
      ).status,
    ).toBe('pass');
    expect(
      check(
        'connection_first',
        'id',
        'Yth. Bapak Budi,\n\nDengan hormat,\n\nIbu Dewi menyarankan saya menghubungi Bapak.',
        introducer('Dewi Lestari'),
      ).status,
    ).toBe('pass');
  });

  it('warns when the introducer comes later or only a cue opens the message', () => {
    expect(
      check(
        'connection_first',
        'en',
        'Dear Sarah,\n\nI am a student of design. James Carter gave me your name.',
        introducer('James Carter'),
      ),
    ).toMatchObject({ status: 'warn', params: { context: 'introducer', name: 'James Carter' } });
    expect(
      check('connection_first', 'nb', 'Hei Kari,\n\nJeg fant navnet ditt gjennom en venn.', introducer('Ola Hansen'))
        .status,
    ).toBe('warn');
    expect(
      check(
        'connection_first',
        'de',
        'Guten Tag,\n\nich studiere Umwelttechnik. Thomas Weber hat mir Ihren Namen gegeben.',
        introducer('Thomas Weber'),
      ).status,
    ).toBe('warn');
    expect(
      check(
        'connection_first',
        'id',
        'Yth. Bapak Budi,\n\nSaya mahasiswa tingkat akhir. Dewi Lestari memberi saya nama Bapak.',
        introducer('Dewi Lestari'),
      ).status,
    ).toBe('warn');
  });

  it('fails when the introducer is not named and nothing says how the writer came to them', () => {
    expect(
      check('connection_first', 'en', 'Hello,\n\nI am a student. Could we talk?', introducer('James Carter')),
    ).toMatchObject({
      status: 'fail',
      params: { context: 'introducer', name: 'James Carter' },
    });
    expect(check('connection_first', 'nb', 'Hei,\n\nJeg er student.', introducer('Ola Hansen')).status).toBe('fail');
    expect(check('connection_first', 'de', 'Hallo,\n\nich bin Student.', introducer('Thomas Weber')).status).toBe(
      'fail',
    );
    expect(check('connection_first', 'id', 'Halo,\n\nSaya mahasiswa.', introducer('Dewi Lestari')).status).toBe('fail');
  });

  it('does not take a common word for an introducer whose name is written with a capital', () => {
    expect(check('connection_first', 'en', 'I will write soon.', introducer('Will Smith')).status).toBe('fail');
  });

  it('passes without an introducer when the first sentence says how the writer found them', () => {
    expect(check('connection_first', 'en', 'Hi Sarah, I met you at the Oslo job fair last week.')).toEqual({
      id: 'connection_first',
      status: 'pass',
      params: {},
    });
    expect(check('connection_first', 'nb', 'Hei Kari!\nJeg kom over foredraget ditt på NDC i fjor.').status).toBe(
      'pass',
    );
    expect(
      check('connection_first', 'de', 'Guten Tag Frau Schneider,\n\nich habe Ihren Artikel über Wasserstoff gelesen.')
        .status,
    ).toBe('pass');
    expect(
      check('connection_first', 'id', 'Halo Pak Budi, saya alumni Universitas Indonesia angkatan 2019.').status,
    ).toBe('pass');
  });

  it('warns when the connection comes only after the first sentence', () => {
    expect(
      check('connection_first', 'en', 'Dear Sarah,\n\nI study design. I read your article on research.').status,
    ).toBe('warn');
    expect(check('connection_first', 'nb', 'Hei Kari,\n\nJeg studerer design. Jeg leste artikkelen din.').status).toBe(
      'warn',
    );
    expect(
      check('connection_first', 'de', 'Hallo Anna,\n\nich studiere Design. Ich habe Ihren Vortrag gesehen.').status,
    ).toBe('warn');
    expect(
      check('connection_first', 'id', 'Halo Budi,\n\nSaya mahasiswa desain. Saya membaca tulisan Anda.').status,
    ).toBe('warn');
  });

  it('fails without any connection', () => {
    expect(check('connection_first', 'en', 'Dear Sarah,\n\nI am a student. Could we talk?').status).toBe('fail');
    expect(check('connection_first', 'nb', 'Hei Kari,\n\nJeg er student. Kan vi prate?').status).toBe('fail');
    expect(check('connection_first', 'de', 'Hallo Anna,\n\nich bin Student. Können wir reden?').status).toBe('fail');
    expect(check('connection_first', 'id', 'Halo Budi,\n\nSaya mahasiswa. Bisakah kita berbincang?').status).toBe(
      'fail',
    );
    expect(check('connection_first', 'en', '').status).toBe('fail');
  });

  it('does not end the first sentence at an abbreviation or an initial', () => {
    expect(
      check('connection_first', 'en', 'Dear Dr. Mitchell,\n\nProf. J. Carter at NTNU suggested I write.').status,
    ).toBe('pass');
    expect(check('connection_first', 'de', 'Hallo Anna,\n\nz. B. auf der Messe haben wir uns getroffen.').status).toBe(
      'pass',
    );
    expect(
      check('connection_first', 'nb', 'Hei Kari,\n\nFor ca. ett år siden møttes vi på en konferanse.').status,
    ).toBe('pass');
  });
});

describe('no_job_talk', () => {
  it('passes a request for advice in every language', () => {
    expect(check('no_job_talk', 'en', 'Could you share how you got into user research?')).toEqual({
      id: 'no_job_talk',
      status: 'pass',
      params: {},
    });
    expect(check('no_job_talk', 'nb', 'Kan du fortelle hvordan du jobber med fornybar energi?').status).toBe('pass');
    expect(
      check('no_job_talk', 'de', 'Darf ich Ihnen ein paar Fragen stellen? An dieser Stelle schon mal danke.').status,
    ).toBe('pass');
    expect(check('no_job_talk', 'id', 'Bagaimana pekerjaan Anda sehari-hari di bidang ilmu data?').status).toBe('pass');
  });

  it('fails on the first word that asks for a job, as written, ignoring case and accents', () => {
    expect(check('no_job_talk', 'en', 'Are there any VACANCIES? I would love to apply.')).toEqual({
      id: 'no_job_talk',
      status: 'fail',
      params: { word: 'VACANCIES' },
    });
    expect(check('no_job_talk', 'nb', 'Har dere ledige stillinger? Jeg skriver en søknad.').params.word).toBe(
      'stillinger',
    );
    expect(check('no_job_talk', 'nb', 'Jeg leter etter en sommerjobb.').params.word).toBe('sommerjobb');
    expect(check('no_job_talk', 'nb', 'Jeg ser etter jobb.')).toMatchObject({
      status: 'fail',
      params: { word: 'jobb' },
    });
    expect(check('no_job_talk', 'nb', 'Jeg sendte SOKNADEN i går.').params.word).toBe('SOKNADEN');
    expect(check('no_job_talk', 'de', 'Gibt es eine freie Stelle bei Ihnen?').params.word).toBe('freie Stelle');
    expect(check('no_job_talk', 'de', 'Ist die Stelle noch frei?').params.word).toBe('Stelle');
    expect(check('no_job_talk', 'de', 'Ich habe das Stellenangebot gesehen.').params.word).toBe('Stellenangebot');
    expect(check('no_job_talk', 'de', 'Meine Initiativbewerbung liegt bei.').params.word).toBe('Initiativbewerbung');
    expect(check('no_job_talk', 'de', 'Ich suche einen Nebenjob.').params.word).toBe('Nebenjob');
    expect(check('no_job_talk', 'de', 'Haben Sie offene Stellen?').params.word).toBe('offene Stellen');
    expect(check('no_job_talk', 'en', 'I would like to apply for the role.').params.word).toBe('apply for');
    expect(check('no_job_talk', 'id', 'Apakah ada lowongan di tim Anda?').params.word).toBe('lowongan');
    expect(check('no_job_talk', 'id', 'Saya ingin melamar ke perusahaan Anda.').params.word).toBe('melamar');
    expect(check('no_job_talk', 'id', 'Saya sedang mencari pekerjaan.').params.word).toBe('mencari pekerjaan');
  });

  it('warns on words that may read as job hunting, when nothing worse is there', () => {
    expect(check('no_job_talk', 'en', 'I attached my CV for your feedback.')).toEqual({
      id: 'no_job_talk',
      status: 'warn',
      params: { word: 'CV' },
    });
    expect(check('no_job_talk', 'nb', 'Jeg søker praksisplass i høst.').status).toBe('warn');
    expect(check('no_job_talk', 'de', 'Ich suche ein Praktikum.').params.word).toBe('Praktikum');
    expect(check('no_job_talk', 'id', 'Apakah ada program magang?').params.word).toBe('magang');
    expect(check('no_job_talk', 'en', 'My CV is attached. Any vacancies?')).toMatchObject({
      status: 'fail',
      params: { word: 'vacancies' },
    });
  });

  it('does not flag words that only contain a job word', () => {
    expect(check('no_job_talk', 'nb', 'Jeg så utstillingen og bestillingen din.').status).toBe('pass');
    expect(check('no_job_talk', 'de', 'Ich möchte Ihnen Fragen stellen über die Schnittstelle.').status).toBe('pass');
    expect(check('no_job_talk', 'de', 'Die Lage im Wettbewerb interessiert mich.').status).toBe('pass');
    expect(check('no_job_talk', 'en', 'I hope to apply what I learn.')).toMatchObject({
      status: 'warn',
      params: { word: 'apply' },
    });
  });

  it('reads a P.S. after the sign-off too', () => {
    expect(check('no_job_talk', 'en', 'Could we talk?\n\nBest,\nAlex\n\nP.S. Are you hiring?').params.word).toBe(
      'hiring',
    );
  });
});

describe('short_time', () => {
  it('passes a short ask of 10 to 20 minutes, written any way', () => {
    expect(check('short_time', 'en', 'Could you spare 15-20 minutes?')).toEqual({
      id: 'short_time',
      status: 'pass',
      params: { phrase: '15-20 minutes', minutes: 20 },
    });
    expect(check('short_time', 'en', 'Would a 20-minute call work?').params.phrase).toBe('20-minute');
    expect(check('short_time', 'en', 'Maybe fifteen to twenty minutes?').status).toBe('pass');
    expect(check('short_time', 'en', 'A quarter of an hour?').status).toBe('pass');
    expect(check('short_time', 'nb', 'Har du et kvarter til overs?').params).toEqual({
      phrase: 'et kvarter',
      minutes: 15,
    });
    expect(check('short_time', 'nb', 'Har du 15–20 minutter?').status).toBe('pass');
    expect(check('short_time', 'nb', 'Har du femten minutter?').status).toBe('pass');
    expect(check('short_time', 'de', 'Hätten Sie 15 Minuten Zeit?').status).toBe('pass');
    expect(check('short_time', 'de', 'Hätten Sie fünfzehn bis zwanzig Minuten?').params.phrase).toBe(
      'fünfzehn bis zwanzig Minuten',
    );
    expect(check('short_time', 'de', 'Ein 20-minütiges Gespräch?').status).toBe('pass');
    expect(check('short_time', 'de', 'Eine Viertelstunde?').status).toBe('pass');
    expect(check('short_time', 'id', 'Bersediakah Anda meluangkan 20 menit?').status).toBe('pass');
    expect(check('short_time', 'id', 'Bisakah lima belas menit saja?').params).toEqual({
      phrase: 'lima belas menit',
      minutes: 15,
    });
    expect(check('short_time', 'id', 'Apakah 15 s/d 20 menit cukup?').status).toBe('pass');
  });

  it('warns about an ask just outside the range, or one without a figure', () => {
    expect(check('short_time', 'en', 'Could you spare 25 minutes?')).toMatchObject({
      status: 'warn',
      params: { minutes: 25 },
    });
    expect(check('short_time', 'en', 'Just 5 minutes?').status).toBe('warn');
    expect(check('short_time', 'en', 'Do you have a few minutes?')).toEqual({
      id: 'short_time',
      status: 'warn',
      params: { phrase: 'a few minutes', minutes: 0 },
    });
    expect(check('short_time', 'nb', 'Har du noen minutter?').status).toBe('warn');
    expect(check('short_time', 'de', 'Hätten Sie ein paar Minuten?').status).toBe('warn');
    expect(check('short_time', 'id', 'Apakah ada waktu sebentar saja?').status).toBe('warn');
  });

  it('fails half an hour or more, the longest ask deciding', () => {
    expect(check('short_time', 'en', 'Could you spare half an hour?')).toEqual({
      id: 'short_time',
      status: 'fail',
      params: { phrase: 'half an hour', minutes: 30 },
    });
    expect(check('short_time', 'en', '15 minutes, or at most 1 hour?').params.phrase).toBe('1 hour');
    expect(check('short_time', 'en', 'Maybe 20-30 minutes?').status).toBe('fail');
    expect(check('short_time', 'nb', 'Har du en halvtime?').status).toBe('fail');
    expect(check('short_time', 'nb', 'Kan vi ta en time sammen?').params).toEqual({ phrase: 'en time', minutes: 60 });
    expect(check('short_time', 'de', 'Hätten Sie eine halbe Stunde?').params.minutes).toBe(30);
    expect(check('short_time', 'de', 'Hätten Sie 30 Minuten?').status).toBe('fail');
    expect(check('short_time', 'id', 'Bisakah kita bertemu setengah jam?').status).toBe('fail');
    expect(check('short_time', 'id', 'Bisakah kita berbincang 1 jam?').params.minutes).toBe(60);
  });

  it('fails a request that asks for no time at all', () => {
    expect(check('short_time', 'en', 'Could we meet?')).toEqual({
      id: 'short_time',
      status: 'fail',
      params: { context: 'missing' },
    });
    expect(check('short_time', 'nb', 'Kan vi møtes?').status).toBe('fail');
    expect(check('short_time', 'de', 'Können wir uns treffen?').status).toBe('fail');
    expect(check('short_time', 'id', 'Bisakah kita bertemu?').status).toBe('fail');
  });

  it('does not read a clock time as a length of time', () => {
    expect(check('short_time', 'id', 'Bagaimana kalau jam 10 pagi?').params).toEqual({ context: 'missing' });
  });
});

describe('ends_with_question', () => {
  it('passes when the last sentence before the sign-off asks something', () => {
    expect(
      check('ends_with_question', 'en', 'Hi Sarah,\n\nWould Tuesday suit you?\n\nBest regards,\nAlex Morgan'),
    ).toEqual({ id: 'ends_with_question', status: 'pass', params: {} });
    expect(
      check('ends_with_question', 'nb', 'Hei Kari,\n\nPasser det neste uke?\n\nVennlig hilsen\nIngrid Berg').status,
    ).toBe('pass');
    expect(
      check(
        'ends_with_question',
        'de',
        'Guten Tag,\n\nHätten Sie nächste Woche Zeit?\n\nMit freundlichen Grüßen\nLukas Fischer\nTU München\n+49 89 123456',
      ).status,
    ).toBe('pass');
    expect(
      check('ends_with_question', 'id', 'Yth. Pak Budi,\n\nApakah Bapak bersedia?\n\nTerima kasih,\nRina').status,
    ).toBe('pass');
  });

  it('ignores a closing thank-you, a bare signature, emoji and closing quotes', () => {
    expect(
      check('ends_with_question', 'en', 'Would Tuesday work? Thanks so much for reading!\n\nBest,\nAlex').status,
    ).toBe('pass');
    expect(
      check('ends_with_question', 'nb', 'Har du tid en dag?\n\nTakk for at du tar deg tid til å lese dette!\n\nIngrid')
        .status,
    ).toBe('pass');
    expect(check('ends_with_question', 'de', 'Hätten Sie Zeit? 🙂\n\nLukas Fischer').status).toBe('pass');
    expect(check('ends_with_question', 'id', 'Apakah Anda bersedia ("sebentar saja")?"\n{{my_name}}').status).toBe(
      'pass',
    );
  });

  it('warns when a question is there but not at the end', () => {
    expect(check('ends_with_question', 'en', 'Could we talk? I look forward to it.\n\nBest,\nAlex').status).toBe(
      'warn',
    );
    expect(check('ends_with_question', 'nb', 'Kan vi prate? Jeg gleder meg.').status).toBe('warn');
    expect(check('ends_with_question', 'de', 'Hätten Sie Zeit? Ich freue mich auf Ihre Antwort.').status).toBe('warn');
    expect(check('ends_with_question', 'id', 'Apakah Anda bersedia? Saya tunggu kabarnya.').status).toBe('warn');
  });

  it('fails a request with no question', () => {
    expect(check('ends_with_question', 'en', 'I would love to talk.\n\nKind regards,\nAlex').status).toBe('fail');
    expect(check('ends_with_question', 'nb', 'Jeg vil gjerne prate.').status).toBe('fail');
    expect(check('ends_with_question', 'de', 'Ich würde mich über ein Gespräch freuen.').status).toBe('fail');
    expect(check('ends_with_question', 'id', 'Saya ingin berbincang dengan Anda.').status).toBe('fail');
  });
});

describe('broad_and_narrow', () => {
  const en = { advisorName: 'Sarah Mitchell', organisationName: 'Spotify', field: 'user research' };
  const nb = { advisorName: 'Kari Nordmann', organisationName: 'Statkraft AS', field: 'fornybar energi' };
  const de = { advisorName: 'Anna Schneider', organisationName: 'Siemens Energy GmbH', field: 'Wasserstofftechnik' };
  const id = { advisorName: 'Budi Santoso', organisationName: 'PT Gojek Indonesia', field: 'ilmu data' };

  it('passes when the field and the organisation or the advisor are both named', () => {
    expect(
      check('broad_and_narrow', 'en', 'I explore user research, and your team at Spotify inspires me.', en),
    ).toEqual({ id: 'broad_and_narrow', status: 'pass', params: {} });
    expect(
      check('broad_and_narrow', 'nb', 'Jeg er nysgjerrig på fornybare energikilder hos Statkraft.', nb).status,
    ).toBe('pass');
    expect(
      check('broad_and_narrow', 'de', 'Ihre Arbeit an Wasserstofftechnik bei Siemens interessiert mich.', de).status,
    ).toBe('pass');
    expect(check('broad_and_narrow', 'id', 'Saya tertarik pada ilmu data, terutama karya Pak Budi.', id).status).toBe(
      'pass',
    );
  });

  it('warns when only one of the two is there, saying which is missing', () => {
    expect(check('broad_and_narrow', 'en', 'Your work at Spotify inspires me.', en)).toMatchObject({
      status: 'warn',
      params: { context: 'field' },
    });
    expect(check('broad_and_narrow', 'nb', 'Jeg utforsker fornybar energi.', nb)).toMatchObject({
      status: 'warn',
      params: { context: 'narrow' },
    });
    expect(check('broad_and_narrow', 'de', 'Ich interessiere mich für Wasserstofftechnik.', de).params).toEqual({
      context: 'narrow',
    });
    expect(check('broad_and_narrow', 'id', 'Saya kagum dengan Gojek.', id).params).toEqual({ context: 'field' });
  });

  it('does not count the advisor named only in the greeting', () => {
    expect(check('broad_and_narrow', 'en', 'Dear Sarah Mitchell,\n\nI explore user research.', en).params).toEqual({
      context: 'narrow',
    });
  });

  it('fails when neither is there', () => {
    expect(check('broad_and_narrow', 'en', 'Could we talk?', en).status).toBe('fail');
    expect(check('broad_and_narrow', 'nb', 'Kan vi prate?', nb).status).toBe('fail');
    expect(check('broad_and_narrow', 'de', 'Können wir reden?', de).status).toBe('fail');
    expect(check('broad_and_narrow', 'id', 'Bisakah kita berbincang?', id).status).toBe('fail');
  });

  it('uses the language’s words for a field when the user named none', () => {
    const noField = { advisorName: 'Kari Nordmann', organisationName: 'Statkraft', field: null };
    expect(check('broad_and_narrow', 'en', 'The energy industry at Statkraft fascinates me.', noField).status).toBe(
      'pass',
    );
    expect(check('broad_and_narrow', 'nb', 'Jeg er nysgjerrig på bransjen og på Statkraft.', noField).status).toBe(
      'pass',
    );
    expect(check('broad_and_narrow', 'de', 'Die Branche und Statkraft interessieren mich.', noField).status).toBe(
      'pass',
    );
    expect(check('broad_and_narrow', 'id', 'Saya tertarik pada bidang ini di Statkraft.', noField).status).toBe('pass');
    expect(check('broad_and_narrow', 'en', 'Statkraft fascinates me.', { ...noField, field: '  ' }).params).toEqual({
      context: 'field',
    });
  });
});

describe('about_them', () => {
  it('passes when "you" words are at least as many as "I" words', () => {
    expect(check('about_them', 'en', 'I wonder how you chose your path.')).toEqual({
      id: 'about_them',
      status: 'pass',
      params: { you: 2, me: 1 },
    });
    expect(check('about_them', 'nb', 'Jeg lurer på hvordan du valgte veien din.').params).toEqual({ you: 2, me: 1 });
    expect(check('about_them', 'de', 'Ich frage mich, wie Sie Ihren Weg gefunden haben.').params).toEqual({
      you: 2,
      me: 2,
    });
    expect(check('about_them', 'de', 'Ich frage mich, wie du deinen Weg gefunden hast.').status).toBe('pass');
    expect(check('about_them', 'id', 'Saya ingin tahu bagaimana Bapak dan Ibu memulai karier Anda.').params).toEqual({
      you: 3,
      me: 1,
    });
  });

  it('warns when the message is more about the writer', () => {
    expect(check('about_them', 'en', 'I am a student and my goal is to learn. Can you help me?')).toEqual({
      id: 'about_them',
      status: 'warn',
      params: { you: 1, me: 3 },
    });
    expect(check('about_them', 'nb', 'Jeg er student, og jeg vil lære. Kan du hjelpe meg?').status).toBe('warn');
    expect(check('about_them', 'id', 'Saya mahasiswa dan saya ingin belajar. Bisakah Anda membantu saya?').status).toBe(
      'warn',
    );
  });

  it('counts German "Sie" as "you" only when capitalised', () => {
    expect(
      check('about_them', 'de', 'Ich habe gehört, dass sie bei ihnen arbeitet, und mich interessiert ihr Team.'),
    ).toMatchObject({ status: 'warn', params: { you: 0, me: 2 } });
  });

  it('does not count a unit after a figure as a pronoun', () => {
    expect(check('about_them', 'nb', 'Har du 15 min?').params).toEqual({ you: 1, me: 0 });
  });

  it('leaves the greeting and the sign-off out', () => {
    expect(check('about_them', 'en', 'Dear you,\n\nCould we talk?\n\nYours sincerely,\nAlex').params).toEqual({
      you: 0,
      me: 0,
    });
  });
});
