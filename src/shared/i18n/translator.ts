import i18next, { type Resource, type TFunction } from 'i18next';
import { defaultLocale, locales, type Locale } from '#domain/locale';
import type { FieldProblem } from '#domain/errors';
import en from './locales/en/index.ts';
import nb from './locales/nb/index.ts';
import de from './locales/de/index.ts';
import id from './locales/id/index.ts';

/** English is the reference catalogue: its keys type every call to t(). */
export type Messages = typeof en;

export const catalogues: Record<Locale, Record<string, unknown>> = { en, nb, de, id };

export type Translate = TFunction;

/**
 * One i18next instance holding all four catalogues, created synchronously so the server, the CLI
 * and the browser can translate from their first line. Missing keys fall back to English (the
 * i18n check in `npm run check` makes that a build failure, not a runtime surprise).
 */
export function createTranslator(locale: Locale = defaultLocale) {
  const instance = i18next.createInstance();
  void instance.init({
    initAsync: false,
    lng: locale,
    fallbackLng: defaultLocale,
    supportedLngs: [...locales],
    resources: Object.fromEntries(locales.map((code) => [code, { translation: catalogues[code] }])) as Resource,
    // Values are inserted as plain text; Svelte and the terminal escape on their own.
    interpolation: { escapeValue: false },
    returnNull: false,
    showSupportNotice: false,
  });
  return instance;
}

/** A translation function fixed to one language, for one request or one CLI run. */
export function translatorFor(locale: Locale): Translate {
  return sharedInstance.getFixedT(locale);
}

const sharedInstance = createTranslator();

/** "Name is too long: at most 200 characters." with the field's label in the same language. */
export function describeFieldProblem(t: Translate, problem: FieldProblem): string {
  // "emails.1" is the second e-mail: its label is the list's ("E-mail addresses").
  const fieldName = problem.field
    .split('.')
    .filter((part) => !/^\d+$/.test(part))
    .join('.');
  const field = t(`fields.${fieldName}` as 'fields.name', { defaultValue: fieldName });
  return t(`validation.${problem.rule}`, { field, limit: problem.limit, value: problem.value });
}
