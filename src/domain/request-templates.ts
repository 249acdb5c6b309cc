import type { Locale } from './locale.ts';
import { de } from './request-templates/de.ts';
import { en } from './request-templates/en.ts';
import { id } from './request-templates/id.ts';
import { nb } from './request-templates/nb.ts';

/**
 * The drafts Rapport offers for asking someone for an informational interview, one set per
 * language, each written in that language rather than translated. They follow the method: short,
 * the connection first, no word about jobs, the field and this person both named, 15-20 minutes of
 * advice (10-15 on the phone), more about them than about the writer, a question at the end. Each
 * passes every live check of request-checks.ts in its own language once its placeholders are filled.
 */
export const templateKinds = ['cold_email', 'warm_email', 'linkedin_message', 'follow_up', 'phone_script'] as const;
export type TemplateKind = (typeof templateKinds)[number];

export function isTemplateKind(value: unknown): value is TemplateKind {
  return typeof value === 'string' && (templateKinds as readonly string[]).includes(value);
}

/** A LinkedIn note and a phone call have no subject line. */
export function templateHasSubject(kind: TemplateKind): boolean {
  return kind !== 'linkedin_message' && kind !== 'phone_script';
}

export interface BuiltInTemplate {
  kind: TemplateKind;
  language: Locale;
  /** '' for linkedin_message and phone_script. */
  subject: string;
  body: string;
}

/** One language's texts, as its data file writes them. */
export type TemplateTexts = Readonly<Record<TemplateKind, { subject: string; body: string }>>;

const textsByLanguage: Record<Locale, TemplateTexts> = { en, nb, de, id };

export function builtInTemplate(kind: TemplateKind, language: Locale): BuiltInTemplate {
  const texts = (textsByLanguage[language] ?? en)[kind];
  return { kind, language, subject: templateHasSubject(kind) ? texts.subject : '', body: texts.body };
}

/** Every built-in template of a language, in the order of templateKinds. */
export function builtInTemplates(language: Locale): BuiltInTemplate[] {
  return templateKinds.map((kind) => builtInTemplate(kind, language));
}

/**
 * The longest note LinkedIn lets a free account attach to a connection request: 200 characters.
 * LinkedIn cut it from 300 for free accounts in 2023 and kept 300 for Premium and Sales
 * Navigator; most people asking for informational interviews are students on free accounts, and
 * a note of 200 fits both, so Rapport counts against the smaller figure.
 */
export const linkedinConnectionNoteLimit = 200;
