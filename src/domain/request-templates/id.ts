import type { TemplateTexts } from '#domain/request-templates';

// "Yth." and the full name: formal without guessing between "Bapak" and "Ibu"; "Anda" in the text.
export const id: TemplateTexts = {
  cold_email: {
    subject: 'Mohon saran tentang {{my_field}}',
    body: `Yth. {{advisor_name}},

Saya menemukan profil Anda saat mempelajari {{my_field}}, dan perjalanan karier Anda di {{organisation}} sangat menarik bagi saya. Saya {{my_background}} dan ingin sekali mendengar bagaimana Anda menekuni bidang ini. Apakah Anda bersedia meluangkan waktu 15–20 menit untuk berbincang dalam beberapa minggu ke depan, pada waktu dan tempat yang Anda pilih?

Salam hormat,
{{my_name}}`,
  },
  warm_email: {
    subject: 'Atas saran {{introducer_name}}',
    body: `Yth. {{advisor_name}},

{{introducer_name}} menyarankan saya menghubungi Anda, karena Anda mengenal {{my_field}} dari dalam di {{organisation}}. Saya {{my_background}}, dan pandangan Anda tentang bidang ini akan sangat membantu saya. Apakah Anda bersedia berbincang 15–20 menit, lewat telepon atau sambil minum kopi, kapan pun Anda sempat?

Salam hormat,
{{my_name}}`,
  },
  linkedin_message: {
    subject: '',
    body: `Halo {{advisor_first_name}}, saya menemukan profil Anda saat mendalami {{my_field}}, dan karier Anda di {{organisation}} menarik perhatian saya. Bersediakah Anda berbagi saran selama 15 menit?`,
  },
  follow_up: {
    subject: 'Menindaklanjuti e-mail saya tentang {{my_field}}',
    body: `Yth. {{advisor_name}},

Minggu lalu saya mengirim e-mail kepada Anda tentang {{my_field}}, dan saya menghubungi Anda sekali lagi kalau-kalau pesan itu terlewat. Pandangan Anda tentang bidang ini dari {{organisation}} tetap sangat berharga bagi saya. Apakah Anda punya waktu 15–20 menit dalam beberapa minggu ke depan?

Salam hormat,
{{my_name}}`,
  },
  phone_script: {
    subject: '',
    body: `Halo {{advisor_name}}, saya {{my_name}}; saya menemukan nama Anda di situs web {{organisation}}.
Saya {{my_background}} dan menelepon karena ingin belajar dari pengalaman Anda di bidang {{my_field}}.
Apakah Anda bersedia meluangkan 10–15 menit untuk bercerita tentang perjalanan karier Anda?
Apakah sekarang waktu yang tepat, atau kapan yang lebih nyaman bagi Anda?`,
  },
};
