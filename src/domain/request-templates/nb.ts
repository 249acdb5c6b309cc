import type { TemplateTexts } from '#domain/request-templates';

export const nb: TemplateTexts = {
  cold_email: {
    subject: 'Et kort spørsmål om {{my_field}}',
    body: `Hei {{advisor_first_name}},

Jeg kom over profilen din da jeg leste meg opp på {{my_field}}, og arbeidet ditt hos {{organisation}} gjorde inntrykk. Jeg er {{my_background}}, og det ville betydd mye å høre hvordan du fant veien inn i feltet. Har du tid til en prat på 15–20 minutter de neste ukene, når og der det passer deg?

Vennlig hilsen
{{my_name}}`,
  },
  warm_email: {
    subject: 'Hilsen fra {{introducer_first_name}}',
    body: `Hei {{advisor_first_name}},

{{introducer_name}} foreslo at jeg tok kontakt med deg, siden du kjenner {{my_field}} fra innsiden hos {{organisation}}. Jeg er {{my_background}}, og dine erfaringer ville hjulpet meg mye. Kunne du tenke deg å sette av 15–20 minutter til en prat, på telefon eller over en kaffe, når det passer deg?

Vennlig hilsen
{{my_name}}`,
  },
  linkedin_message: {
    subject: '',
    body: `Hei {{advisor_first_name}}, jeg fant profilen din mens jeg utforsket {{my_field}}, og arbeidet ditt hos {{organisation}} vekket interessen min. Har du 15 minutter til å dele noen råd?`,
  },
  follow_up: {
    subject: 'Oppfølging: en prat om {{my_field}}?',
    body: `Hei {{advisor_first_name}},

Jeg skrev til deg forrige uke om {{my_field}}, og tar kontakt én gang til i tilfelle e-posten druknet i innboksen din. Jeg vil fortsatt gjerne høre hvordan du ser på feltet fra {{organisation}}. Har du 15–20 minutter i løpet av de neste ukene?

Vennlig hilsen
{{my_name}}`,
  },
  phone_script: {
    subject: '',
    body: `Hei, dette er {{my_name}} – jeg fant navnet ditt på nettsidene til {{organisation}}.
Jeg er {{my_background}}, og jeg ringer fordi erfaringene dine med {{my_field}} er akkurat det jeg vil lære mer om.
Har du 10–15 minutter til å fortelle meg hvordan du kom dit du er i dag?
Passer det for deg nå, eller når passer det bedre for deg?`,
  },
};
