import { describe, expect, it } from 'vitest';

import { createLogger } from './log';

describe('createLogger', () => {
  it('writes one JSON object per line with time, level and message', () => {
    const lines: string[] = [];
    const logger = createLogger({ level: 'info', write: (l) => void lines.push(l), now: () => new Date(0) });
    logger.info('request', { status: 200, route: '/healthz', skipped: undefined });
    expect(lines).toEqual([
      '{"time":"1970-01-01T00:00:00.000Z","level":"info","msg":"request","status":200,"route":"/healthz"}\n',
    ]);
  });

  it('drops lines below its level', () => {
    const lines: string[] = [];
    const logger = createLogger({ level: 'warn', write: (l) => void lines.push(l) });
    logger.debug('d');
    logger.info('i');
    logger.warn('w');
    logger.error('e');
    expect(lines.map((l) => (JSON.parse(l) as { msg: string }).msg)).toEqual(['w', 'e']);
    expect(logger.enabled('info')).toBe(false);
  });
});
