import { isLocale, locales, pickLocale, type Locale } from '#domain/locale';
import { createTranslator, type Translate } from '#shared/i18n/translator';

const STORAGE_KEY = 'rapport.locale';

/**
 * The user's language: their earlier choice on this device, else the browser's first supported
 * language, else English. Held in a rune so that every t() in a template re-renders on change.
 */
const state = $state({ locale: initialLocale() });
const translator = createTranslator(state.locale);

function initialLocale(): Locale {
  const saved = readSaved();
  if (isLocale(saved)) return saved;
  return pickLocale(navigator.languages?.length ? navigator.languages : [navigator.language]);
}

function readSaved(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null; // storage blocked (private mode): fall back to the browser's language
  }
}

export const supportedLocales = locales;

export function currentLocale(): Locale {
  return state.locale;
}

export function setLocale(locale: Locale): void {
  state.locale = locale;
  document.documentElement.lang = locale;
  try {
    localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // The choice then lasts for this visit only.
  }
}

/** Translates in the current language; reading state.locale makes callers reactive. */
const translate = translator.t as unknown as (key: string, options: Record<string, unknown>) => string;
export const t = ((key: string, options?: Record<string, unknown>) =>
  translate(key, { ...options, lng: state.locale })) as unknown as Translate;

/**
 * The locale dates and numbers are written in: the browser's own variant of the app's language
 * when it has one (a British browser writes "2 March", an American one "March 2"), else the
 * language itself. The catalogue only knows "en"; Intl knows the difference.
 */
export function dateLocale(): string {
  const language = state.locale;
  const preferred = typeof navigator === 'undefined' ? [] : (navigator.languages ?? [navigator.language]);
  return preferred.find((tag) => tag.toLowerCase().split('-')[0] === language) ?? language;
}

export function formatDateTime(iso: string): string {
  return new Intl.DateTimeFormat(dateLocale(), { dateStyle: 'medium', timeStyle: 'short' }).format(Date.parse(iso));
}

export function formatNumber(value: number): string {
  return new Intl.NumberFormat(state.locale).format(value);
}

document.documentElement.lang = state.locale;
