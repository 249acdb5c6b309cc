import { pickLocale, type Locale } from '#domain/locale';

/** The terminal's language, from the POSIX variables in their order of precedence. */
export function terminalLocale(env: NodeJS.ProcessEnv): Locale {
  const tag = [env.LC_ALL, env.LC_MESSAGES, env.LANG, env.LANGUAGE?.split(':')[0]].find(
    (value) => value && value !== 'C' && value !== 'POSIX',
  );
  return pickLocale(tag ? [tag.split('.')[0] ?? tag] : []);
}
