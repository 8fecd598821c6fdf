import { pino, type Logger } from 'pino';

export type { Logger };

/**
 * JSON lines on stdout, one object per event. Nothing should log secrets in the first place; the
 * redaction is a second line of defence for anything that slips into a logged object.
 */
export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  const options: pino.LoggerOptions = {
    level,
    base: { service: 'peelgraph' },
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: {
      paths: ['variables', '*.variables', 'apiKey', '*.apiKey', 'headers["x-api-key"]', 'headers.authorization'],
      censor: '[redacted]',
    },
  };
  return destination ? pino(options, destination) : pino(options);
}
