// Deterministic test data for the search benchmark: a vocabulary of a few thousand words (English,
// Norwegian, German and Indonesian words, plus made-up ones for the long tail), picked with a
// Zipf-like frequency as in real text, so some words occur in every note and others in few.

/** mulberry32: a tiny seeded PRNG; the same seed gives the same data set on every run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ENGLISH = `the of and to in is was for on that with as at by from this be are have it an or not
but which they you we he she his her their our more about after when what there all one new also
would some other could into than time only over can these two first may then most many well like
people work team company role career advice interview meeting coffee question answer project product
design engineer manager director analyst research data market customer client supplier salary pay
range hours office remote hybrid culture growth learning mentor network referral introduction contact
email phone call follow thanks thank note plan week month year today tomorrow morning evening lunch
dinner conference event fair alumni university course degree certificate skill experience background
hiring opening position posting application resume portfolio feedback strategy budget platform cloud
security infrastructure software hardware mobile web frontend backend testing quality operations
finance accounting legal marketing sales support service health energy oil gas wind solar shipping
logistics retail banking insurance consulting government education hospital startup scaleup agency
studio lab factory warehouse store city country region abroad travel relocation visa family friend
colleague neighbour classmate manager lead senior junior intern trainee graduate freelance contract
permanent parttime fulltime weekend holiday deadline release launch roadmap sprint standup retro
workshop presentation report dashboard metric goal result impact value risk problem solution idea
opportunity challenge pressure stress balance flexibility benefit pension bonus equity option stock
promotion title level grade band review appraisal recommendation suggested introduced mentioned
asked told said explained shared recommended invited offered agreed promised wrote called met visited`;

const NORWEGIAN = `og ikke det som på med har til av er en et for jeg vi de hun han kan skal vil må bør
kaffe møte jobb arbeid søknad stilling lønn kollega sjef leder avdeling prosjekt rådgiver utvikler
ingeniør sykepleier lærer konsulent selskap bedrift kommune fylke høst vår sommer vinter uke måned
år dag kveld morgen lunsj middag tur fjell sjø båt hytte ski snø regn sol vær bra godt fint flott
spennende interessant vanskelig enkel rask treg stor liten ny gammel ung eldre først sist neste
forrige takk hilsen beste ønsker lykke anbefaling nettverk bekjent venn familie søster bror datter
sønn mor far bestemor bestefar nabo student universitet høgskole utdanning kurs sertifikat erfaring
ferdighet kompetanse ansvar oppgave mål resultat tilbakemelding forslag idé mulighet utfordring
bærekraft fornybar olje havvind fiskeri oppdrett helse sykehus skole barnehage butikk handel bank
forsikring regnskap økonomi jus markedsføring salg kundeservice drift sikkerhet skytjeneste`;

const GERMAN = `und der die das nicht mit auf für ist ein eine ich wir sie er es kann soll will muss
kaffee treffen arbeit bewerbung stelle gehalt kollege chef leiter abteilung projekt berater entwickler
ingenieur krankenpfleger lehrer firma unternehmen gemeinde land stadt straße herbst frühling sommer
winter woche monat jahr tag abend morgen mittagessen abendessen reise berg see schiff hütte schnee
regen sonne wetter gut schön toll spannend interessant schwierig einfach schnell langsam groß klein
neu alt jung älter zuerst zuletzt nächste vorige danke grüße beste wünsche glück empfehlung netzwerk
bekannter freund familie schwester bruder tochter sohn mutter vater großmutter großvater nachbar
student universität hochschule ausbildung kurs zertifikat erfahrung fähigkeit kompetenz verantwortung
aufgabe ziel ergebnis rückmeldung vorschlag idee möglichkeit herausforderung nachhaltigkeit energie
öl windkraft fischerei gesundheit krankenhaus schule kindergarten geschäft handel versicherung
buchhaltung wirtschaft recht vertrieb kundendienst betrieb sicherheit übersetzung führung gespräch`;

const INDONESIAN = `dan yang di ke dari ini itu dengan untuk tidak ada saya kami mereka dia bisa akan harus
kopi rapat kerja lamaran lowongan gaji rekan atasan pemimpin divisi proyek konsultan pengembang
insinyur perawat guru perusahaan kantor kota desa provinsi musim hujan kemarau minggu bulan tahun hari
malam pagi siang makan perjalanan gunung laut kapal rumah cuaca bagus baik menarik sulit mudah cepat
lambat besar kecil baru lama muda tua pertama terakhir berikutnya terima kasih salam semoga sukses
rekomendasi jaringan kenalan teman keluarga kakak adik anak ibu ayah nenek kakek tetangga mahasiswa
universitas sekolah pendidikan kursus sertifikat pengalaman keterampilan kemampuan tanggung jawab
tugas tujuan hasil masukan saran gagasan peluang tantangan keberlanjutan energi minyak perikanan
kesehatan rumahsakit toko perdagangan bank asuransi akuntansi ekonomi hukum pemasaran penjualan
layanan pelanggan operasional keamanan awan aplikasi teknologi startup gojek tokopedia jakarta
bandung surabaya yogyakarta bali medan makassar semarang`;

const SYLLABLES = `ka ko ki ku ke ma mo mi mu me ra ro ri ru re ta to ti tu te la lo li lu le na no ni nu
ne sa so si su se va vo vi vu ve ba bo bi bu be da do di du de ga go gi gu ge pa po pi pu pe fa fo
fi fu fe ha ho hi hu he ja jo ji ju je stra tre blo skri fjo dal berg vik lund rud heim stad`.split(/\s+/);

/** The vocabulary: the real words first, then made-up words until it holds `size` distinct words. */
export function buildVocabulary(size: number, random: () => number): string[] {
  const words = new Set([ENGLISH, NORWEGIAN, GERMAN, INDONESIAN].flatMap((list) => list.split(/\s+/)));
  while (words.size < size) {
    const syllables = 2 + Math.floor(random() * 3);
    let word = '';
    for (let i = 0; i < syllables; i++) word += SYLLABLES[Math.floor(random() * SYLLABLES.length)];
    words.add(word);
  }
  // Shuffled, so real and made-up words share the frequent and the rare ranks.
  const list = [...words];
  for (let i = list.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [list[i], list[j]] = [list[j]!, list[i]!];
  }
  return list;
}

/** Picks words by rank with probability ∝ 1/rank (Zipf's law, roughly how words occur in text). */
export function zipfPicker(words: readonly string[], random: () => number): () => string {
  const cumulative: number[] = [];
  let total = 0;
  for (let rank = 1; rank <= words.length; rank++) cumulative.push((total += 1 / rank));
  return () => {
    const target = random() * total;
    let low = 0;
    let high = cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (cumulative[middle]! < target) low = middle + 1;
      else high = middle;
    }
    return words[low]!;
  };
}

/** About `wordCount` words in sentences of 6 to 16 words, each starting with a capital. */
export function buildText(wordCount: number, pick: () => string, random: () => number): string {
  const sentences: string[] = [];
  let written = 0;
  while (written < wordCount) {
    const length = Math.min(wordCount - written, 6 + Math.floor(random() * 11));
    const words = Array.from({ length }, pick);
    const first = words[0] ?? '';
    words[0] = first.charAt(0).toUpperCase() + first.slice(1);
    sentences.push(`${words.join(' ')}.`);
    written += length;
  }
  return sentences.join(' ');
}

export const FIRST_NAMES = `Ingrid Bjørn Åse Øyvind Kari Ola Sigrid Håkon Solveig Torbjørn Jürgen Lena Jörg Anneliese
Günther Ursula Siti Budi Dewi Agus Putri Wahyu Rina Hendra María José Zoë Chidi Amara Mei Kenji Fatima Omar
Liam Emma Noah Olivia Lukas Sofie Jonas Nora Magnus Astrid Henrik Marit Erik Ragnhild Felix Clara Maximilian
Hanna Paul Greta Rizky Ayu Fajar Intan Yusuf Lestari`.split(/\s+/);

export const LAST_NAMES = `Nordmann Hansen Johansen Olsen Larsen Andersen Pedersen Nilsen Kristiansen Jensen Haugen
Berg Lund Dahl Ødegård Sæther Bråthen Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schröder
Hoffmann Schäfer Koch Bauer Richter Klein Wolf Santoso Wijaya Saputra Hidayat Kusuma Pratama Siregar
Nasution Gunawan Halim García Okafor Nakamura Rahman Haddad Lindqvist Virtanen Novak Horvat`.split(/\s+/);

export const ORGANISATION_STEMS = `Equinor Telenor Aker DNB Kahoot Schibsted Vipps Cognite Statkraft Hydro Yara Orkla
Siemens Zalando Bosch SAP Allianz Lufthansa Bayer Continental Henkel Merck Gojek Tokopedia Traveloka Bukalapak
Pertamina Telkomsel Mandiri Indofood Grab Shopee NAV Posten Ruter Sykehuspartner Helse Kommune Universitet
Fraunhofer Charité Nordea Storebrand Gjensidige Tibber Oda Finn Sparebank`.split(/\s+/);

export const ORGANISATION_SUFFIXES = [
  '',
  'AS',
  'ASA',
  'GmbH',
  'AG',
  'Tbk',
  'Labs',
  'Digital',
  'Nord',
  'Vest',
  'Energi',
];

export const TITLES = [
  'Product manager',
  'Senior engineer',
  'UX researcher',
  'Data analyst',
  'Head of people',
  'Sykepleier',
  'Rådgiver',
  'Softwareentwickler',
  'Teamleiterin',
  'Manajer proyek',
  'Insinyur perangkat lunak',
  '',
];
