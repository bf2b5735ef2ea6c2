import { createLogger, type Logger, type LogLevel } from '../log';

export type CapturedLogs = {
  logger: Logger;
  lines: string[];
  /** Every line parsed; a line that is not one JSON object fails the test here. */
  records(): Record<string, unknown>[];
  requestRecords(): Record<string, unknown>[];
};

/** The app's logger writing into an array, so tests can assert over every line it produced. */
export function captureLogs(level: LogLevel = 'info'): CapturedLogs {
  const lines: string[] = [];
  const logger = createLogger({ level, write: (line) => void lines.push(line) });
  const records = () =>
    lines.map((line) => {
      if (!line.endsWith('\n') || line.slice(0, -1).includes('\n')) throw new Error(`not one line: ${line}`);
      return JSON.parse(line) as Record<string, unknown>;
    });
  return { logger, lines, records, requestRecords: () => records().filter((r) => r.msg === 'request') };
}
