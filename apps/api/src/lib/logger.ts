// Structured logs without personal data: one line per request (who, what, status, time),
// never bodies, and a shared redact list for anything that slips into a log object.
import pino, { type Logger } from 'pino';

export const REDACT_PATHS = [
  'nationalId',
  '*.nationalId',
  'name',
  '*.name',
  'email',
  '*.email',
  'phone',
  '*.phone',
  'address',
  '*.address',
  'password',
  '*.password',
  'token',
  '*.token',
  'req.headers.cookie',
  'req.headers.authorization',
  'res.headers["set-cookie"]',
  'variables',
  '*.variables',
];

export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino({ level, redact: { paths: REDACT_PATHS, censor: '[redacted]' } }, destination);
}

export type { Logger };
