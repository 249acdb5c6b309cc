// A LinkedIn Connections.csv of any size, generated the way LinkedIn writes it: BOM, CRLF, the
// "Notes:" preamble, then one row per connection. Names in the four languages' shapes, ~500
// companies that repeat, positions, dates like "12 Mar 2024", quoted commas and quotes, e-mail for
// about one in ten. Deterministic (seeded), so every run imports the same file.

const firstNames = [
  'Kari',
  'Ola',
  'Ingrid',
  'Bjørn',
  'Åse',
  'Ægir',
  'Sigrid',
  'Håkon',
  'Marte',
  'Øystein',
  'Jürgen',
  'Anna',
  'Lukas',
  'Sophie',
  'Maximilian',
  'Zoë',
  'Björn',
  'Greta',
  'Siti',
  'Budi',
  'Dewi',
  'Wayan',
  'Putu',
  'Agus',
  'Rina',
  'Emma',
  'Liam',
  'Olivia',
  'Noah',
  'Amelia',
  'Oliver',
  'Chloé',
  'José',
  'Nadia',
  'Yusuf',
  'Mei',
  'Aarav',
  'Fatima',
];
const lastNames = [
  'Nordmann',
  'Hansen',
  'Johansen',
  'Sæther-Løvås',
  'Østby',
  'Berg',
  'Haugen',
  'Weiß',
  'Müller',
  'Schröder',
  'Groß-Åberg',
  'Fischer',
  'Wagner',
  'Lestari',
  'Putri',
  'Santoso',
  'Wijaya',
  'Sudarsana',
  'Smith',
  'Brown',
  "O'Connor",
  'García',
  'Nguyen',
  'Kowalski',
  'Andersson',
  'Virtanen',
  'Dubois',
  'Rossi',
  'Tanaka',
  'Kim',
];
const companyStems = [
  'Equinor',
  'Statkraft',
  'Telenor',
  'DNB',
  'Aker',
  'Kongsberg',
  'Schibsted',
  'Orkla',
  'Yara',
  'Hydro',
  'Siemens',
  'Bosch',
  'SAP',
  'Zalando',
  'Gojek',
  'Tokopedia',
  'Bank Rakyat Indonesia',
  'Telkom',
  'Pertamina',
  'Universitas Udayana',
  'NAV',
  'Statens vegvesen',
  'Müller & Söhne',
  'Åberg & Groß',
  'Nordic Semiconductor',
  'Visma',
  'Tibber',
  'Kahoot!',
];
const companyForms = ['', ' AS', ' ASA', ' GmbH', ' AG', ' Tbk', ', Region vest', ', Oslo', ' Consulting', ' Group'];
const positions = [
  'Senior Geophysicist',
  'Prosjektleder',
  'Product Manager, Payments',
  'Software Engineer',
  'Leiter "Digitale Transformation"',
  'CEO',
  'Dosen',
  'Data Scientist',
  'UX Designer',
  'Head of "Digital" Banking',
  'HR Business Partner',
  'Recruiter',
  'Konsulent',
  'Berater',
  'Analis Keuangan',
  'Teamleder, kundeservice',
  '',
];
const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** mulberry32: small, fast, good enough to pick names. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function csvCell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** ~500 distinct companies: each stem in several legal forms. */
export function companies(): string[] {
  const all: string[] = [];
  for (const form of companyForms) for (const stem of companyStems) all.push(`${stem}${form}`);
  for (let index = 0; all.length < 500; index += 1) all.push(`Startup ${index} AS`);
  return all.slice(0, 500);
}

export function generateLinkedInCsv(rows: number, seed = 42): Uint8Array {
  const random = seeded(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const companyList = companies();
  const lines = [
    'Notes:',
    '"When exporting your connection data, you may notice that some of the email addresses are missing. You will only see email addresses for connections who have allowed their connections to see or download their email address using this setting https://www.linkedin.com/psettings/privacy/email. You can learn more about this here https://www.linkedin.com/help/linkedin/answer/261"',
    '',
    'First Name,Last Name,URL,Email Address,Company,Position,Connected On',
  ];
  for (let index = 0; index < rows; index += 1) {
    const first = pick(firstNames);
    const last = pick(lastNames);
    const slug = `${first}-${last}-${index.toString(36)}`
      .normalize('NFKD')
      .replace(/[^\w-]/g, '')
      .toLowerCase();
    const email = random() < 0.1 ? `${slug}@example.com` : '';
    const date = `${String(1 + Math.floor(random() * 28)).padStart(2, '0')} ${pick(months)} ${2010 + Math.floor(random() * 15)}`;
    lines.push(
      [
        first,
        last,
        `https://www.linkedin.com/in/${slug}`,
        email,
        random() < 0.05 ? '' : pick(companyList),
        pick(positions),
        date,
      ]
        .map(csvCell)
        .join(','),
    );
  }
  const text = `\ufeff${lines.join('\r\n')}\r\n`;
  return new TextEncoder().encode(text);
}
