import { formatDate, formatDateTime, formatTime, isBeforeToday } from './format';

describe('date formatting', () => {
  it('formats a LocalDate per language without shifting the day', () => {
    expect(formatDate('nb', '2025-03-01')).toBe('1. mars 2025');
    expect(formatDate('nn', '2025-03-01')).toBe('1. mars 2025');
    expect(formatDate('en', '2025-03-01')).toBe('1 Mar 2025');
  });

  it('formats nynorsk dates as Norwegian, whatever the runtime knows of nn-NO', () => {
    expect(formatDateTime('nn', '2026-11-23T08:13:00.000Z')).toBe(formatDateTime('nb', '2026-11-23T08:13:00.000Z'));
    expect(formatDate('nn', '2027-01-22')).toBe('22. jan. 2027');
  });

  it('formats timestamps in Norwegian time', () => {
    // 23:30 UTC on 31 Dec is already New Year's Day in Oslo.
    expect(formatDate('nb', '2024-12-31T23:30:00.000Z')).toBe('1. jan. 2025');
    expect(formatDateTime('en', '2025-06-12T08:00:00.000Z')).toBe('12 Jun 2025, 10:00');
    expect(formatTime('nb', '2025-06-12T08:05:00.000Z')).toBe('10:05');
    expect(formatTime('nb', '2025-01-12T08:05:00.000Z')).toBe('09:05');
  });

  it('knows whether a date has passed', () => {
    const now = new Date('2025-05-10T12:00:00.000Z');
    expect(isBeforeToday('2025-05-09', now)).toBe(true);
    expect(isBeforeToday('2025-05-10', now)).toBe(false);
    // 22:30 UTC on 10 May is 11 May in Oslo (summer time): the 10th has passed there.
    expect(isBeforeToday('2025-05-10', new Date('2025-05-10T22:30:00.000Z'))).toBe(true);
  });
});
