import pino, { type DestinationStream, type Logger } from 'pino';

/**
 * The log may be shared when a user reports a bug, so it holds no personal data: no request
 * bodies, no query strings, and for errors only their type, message and stack (a PostgreSQL
 * error's `detail` can quote the row's values, so it is left out).
 */
export function createLogger(options: { level?: string; destination?: DestinationStream } = {}): Logger {
  return pino(
    {
      level: options.level ?? 'info',
      base: undefined,
      serializers: { err: serializeError },
    },
    options.destination,
  );
}

function serializeError(error: unknown) {
  if (!(error instanceof Error)) return { type: typeof error };
  const code = (error as { code?: unknown }).code;
  return {
    type: error.name,
    message: error.message,
    stack: error.stack,
    ...(typeof code === 'string' ? { code } : {}),
  };
}

/**
 * The log of `rapport serve` goes to stderr, so the terminal shows the user's own messages on
 * stdout. Warnings and errors only by default: a person running Rapport on their laptop has no
 * use for a line per request. RAPPORT_LOG_LEVEL=info brings those back.
 */
export function createTerminalLogger(level: string | undefined): Logger {
  return createLogger({ level: level ?? 'warn', destination: pino.destination(2) });
}
