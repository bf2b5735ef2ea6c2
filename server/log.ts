/**
 * One JSON object per line on stdout, so a log shipper can read it without a parser of our own.
 * Callers never pass credentials, tokens, auth headers or member personal data: the fields are
 * chosen at each call site, nothing is copied wholesale from a request or an upstream response.
 */
export const LOG_LEVELS = ['debug', 'info', 'warn', 'error'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export type LogFields = Record<string, string | number | boolean | null | undefined>;

export type Logger = {
  readonly level: LogLevel;
  enabled(level: LogLevel): boolean;
  log(level: LogLevel, msg: string, fields?: LogFields): void;
  debug(msg: string, fields?: LogFields): void;
  info(msg: string, fields?: LogFields): void;
  warn(msg: string, fields?: LogFields): void;
  error(msg: string, fields?: LogFields): void;
};

const RANK: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };

export type LoggerOptions = {
  level: LogLevel;
  /** Receives each finished line (with its newline); stdout by default, a capture in tests. */
  write?: (line: string) => void;
  now?: () => Date;
};

export function createLogger({
  level,
  write = (line) => void process.stdout.write(line),
  now = () => new Date(),
}: LoggerOptions): Logger {
  const threshold = RANK[level];
  const enabled = (l: LogLevel) => RANK[l] >= threshold;
  const log = (l: LogLevel, msg: string, fields?: LogFields) => {
    if (!enabled(l)) return;
    write(`${JSON.stringify({ time: now().toISOString(), level: l, msg, ...fields })}\n`);
  };
  return {
    level,
    enabled,
    log,
    debug: (msg, fields) => log('debug', msg, fields),
    info: (msg, fields) => log('info', msg, fields),
    warn: (msg, fields) => log('warn', msg, fields),
    error: (msg, fields) => log('error', msg, fields),
  };
}

/** What a log line may say about an unexpected error: its kind and message, with the stack only at debug. */
export function describeError(err: unknown, withStack = false): LogFields {
  if (!(err instanceof Error)) return { errorName: typeof err };
  return { errorName: err.name, errorMessage: err.message, stack: withStack ? err.stack : undefined };
}
