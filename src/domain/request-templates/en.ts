import type { TemplateTexts } from '#domain/request-templates';

export const en: TemplateTexts = {
  cold_email: {
    subject: 'Your advice on {{my_field}}',
    body: `Dear {{advisor_name}},

I came across your profile while reading about {{my_field}}, and your work at {{organisation}} stood out. I am {{my_background}}, and I would value hearing how you found your way into this field. Could you spare 15-20 minutes for a conversation in the coming weeks, at a time and place that suit you?

Best regards,
{{my_name}}`,
  },
  warm_email: {
    subject: '{{introducer_first_name}} suggested I get in touch',
    body: `Dear {{advisor_name}},

{{introducer_name}} suggested I contact you, as you know {{my_field}} from the inside at {{organisation}}. I am {{my_background}}, and your view of the field would help me a great deal. Would you have 15-20 minutes for a chat, by phone or over coffee, whenever it suits you?

Kind regards,
{{my_name}}`,
  },
  linkedin_message: {
    subject: '',
    body: `Hi {{advisor_first_name}}, I came across your profile while exploring {{my_field}}, and your work at {{organisation}} caught my eye. Could you spare 15 minutes to share some advice?`,
  },
  follow_up: {
    subject: 'Following up: 15 minutes on {{my_field}}?',
    body: `Dear {{advisor_name}},

I wrote to you last week about {{my_field}}, and I know how busy your inbox must be, so here is a short reminder. Your perspective from {{organisation}} would still mean a lot to me. If you have 15-20 minutes in the coming weeks, would you be open to a short conversation?

Best regards,
{{my_name}}`,
  },
  phone_script: {
    subject: '',
    body: `Hello {{advisor_name}}, this is {{my_name}}; I found your name on the {{organisation}} website.
I am {{my_background}}, and I am calling because your experience in {{my_field}} is exactly what I hope to learn from.
Could you spare 10-15 minutes to tell me how you got to where you are?
Is now a good time for you, or when would suit you better?`,
  },
};
