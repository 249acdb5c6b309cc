import type { TemplateTexts } from '#domain/request-templates';

// "Guten Tag" and the full name: polite without guessing between "Frau" and "Herr".
export const de: TemplateTexts = {
  cold_email: {
    subject: 'Ihre Erfahrung mit {{my_field}}',
    body: `Guten Tag {{advisor_name}},

bei meiner Recherche zu {{my_field}} bin ich auf Ihr Profil gestoßen, und Ihre Arbeit bei {{organisation}} hat mich beeindruckt. Ich bin {{my_background}} und würde gern von Ihnen hören, wie Sie Ihren Weg in dieses Feld gefunden haben. Hätten Sie in den nächsten Wochen 15–20 Minuten für ein Gespräch, wann und wo es Ihnen passt?

Mit freundlichen Grüßen
{{my_name}}`,
  },
  warm_email: {
    subject: 'Auf Empfehlung von {{introducer_name}}',
    body: `Guten Tag {{advisor_name}},

{{introducer_name}} hat mir empfohlen, mich an Sie zu wenden, da Sie {{my_field}} bei {{organisation}} aus erster Hand kennen. Ich bin {{my_background}}, und Ihre Sicht auf das Feld würde mir sehr helfen. Hätten Sie 15–20 Minuten für ein Gespräch, telefonisch oder bei einem Kaffee, wann immer es Ihnen passt?

Mit freundlichen Grüßen
{{my_name}}`,
  },
  linkedin_message: {
    subject: '',
    body: `Guten Tag {{advisor_name}}, über {{my_field}} bin ich auf Ihr Profil gestoßen. Ihre Arbeit bei {{organisation}} interessiert mich sehr: Hätten Sie 15 Minuten für ein paar Ratschläge?`,
  },
  follow_up: {
    subject: 'Kurze Nachfrage: Gespräch über {{my_field}}',
    body: `Guten Tag {{advisor_name}},

ich hatte Ihnen letzte Woche wegen {{my_field}} geschrieben und frage noch einmal nach, falls die Nachricht bei Ihnen untergegangen ist. Ihre Sicht auf das Feld bei {{organisation}} wäre für mich sehr wertvoll. Hätten Sie in den kommenden Wochen 15–20 Minuten Zeit für ein Gespräch?

Mit freundlichen Grüßen
{{my_name}}`,
  },
  phone_script: {
    subject: '',
    body: `Guten Tag {{advisor_name}}, mein Name ist {{my_name}}; ich habe Ihren Namen auf der Website von {{organisation}} gefunden.
Ich bin {{my_background}} und rufe an, weil mich Ihre Erfahrung mit {{my_field}} sehr interessiert.
Hätten Sie 10–15 Minuten, um mir ein wenig über Ihren Weg zu erzählen?
Passt es Ihnen gerade, oder wann wäre es Ihnen lieber?`,
  },
};
