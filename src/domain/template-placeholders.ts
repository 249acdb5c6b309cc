/**
 * The `{{name}}` placeholders of request templates. A template is plain text the user can edit, so
 * everything here accepts any string: a placeholder with a name Rapport does not know is reported
 * (findUnknownPlaceholders) rather than thrown at, and filling never fails.
 */
export const placeholderNames = [
  'advisor_name',
  'advisor_first_name',
  'advisor_title',
  'organisation',
  'introducer_name',
  'introducer_first_name',
  'my_name',
  /** What the user studies or does, worded to follow "I am". */
  'my_background',
  /** The field the user explores. */
  'my_field',
  'meeting_minutes',
] as const;
export type PlaceholderName = (typeof placeholderNames)[number];

export function isPlaceholderName(name: string): name is PlaceholderName {
  return (placeholderNames as readonly string[]).includes(name);
}

/**
 * `{{name}}`, spaces inside the braces allowed (`{{ advisor_name }}`). The name is anything but
 * braces, so `{{advisor name}}` is found too, and reported as unknown instead of left silently.
 */
const PLACEHOLDER = /\{\{([^{}]*)\}\}/g;

/** The name inside one placeholder match, without the spaces around it; '' for `{{ }}`. */
function nameOf(inside: string): string {
  return inside.trim();
}

/** The names of the placeholders in the text, each once, in the order they first appear. */
export function findPlaceholders(text: string): string[] {
  const names = new Set<string>();
  for (const match of text.matchAll(PLACEHOLDER)) {
    const name = nameOf(match[1] ?? '');
    if (name !== '') names.add(name);
  }
  return [...names];
}

/** The placeholder names Rapport cannot fill, each once, in the order they first appear. */
export function findUnknownPlaceholders(text: string): string[] {
  return findPlaceholders(text).filter((name) => !isPlaceholderName(name));
}

/**
 * The text with each known placeholder replaced by its value. A known placeholder without a value
 * (missing, or only white space) stays visible as `{{name}}`, so the user sees what is left to
 * fill; an unknown one stays exactly as written. Values are inserted literally: a value that
 * itself contains `{{…}}` or `$&` is not expanded again.
 */
export function fillTemplate(text: string, values: Partial<Record<PlaceholderName, string>>): string {
  return text.replace(PLACEHOLDER, (whole: string, inside: string) => {
    const name = nameOf(inside);
    if (!isPlaceholderName(name)) return whole;
    const value = values[name];
    return typeof value === 'string' && value.trim() !== '' ? value : `{{${name}}}`;
  });
}
