import {
  addDays,
  addMonths,
  addYears,
  formatLongDate,
  formatTimeOfDay,
  localDateAsUtcMidnight,
  osloDate,
  osloStartOfDay,
  osloToday,
  osloTodayAsDate,
  osloWallTime,
  osloWallTimeToInstant,
} from './time';

describe('today in Oslo', () => {
  it('turns at midnight in Oslo in winter (UTC+1), an hour before UTC does', () => {
    expect(osloToday(new Date('2026-11-23T22:59:59.999Z'))).toBe('2026-11-23');
    expect(osloToday(new Date('2026-11-23T23:00:00.000Z'))).toBe('2026-11-24');
    expect(osloToday(new Date('2026-11-23T23:30:00.000Z'))).toBe('2026-11-24');
  });

  it('turns at midnight in Oslo in summer (UTC+2), two hours before UTC does', () => {
    expect(osloToday(new Date('2026-07-01T21:59:59.999Z'))).toBe('2026-07-01');
    expect(osloToday(new Date('2026-07-01T22:00:00.000Z'))).toBe('2026-07-02');
    expect(osloToday(new Date('2026-07-01T23:59:59.999Z'))).toBe('2026-07-02');
  });

  it('turns the year in Oslo, and keeps to the date on the days the clocks change', () => {
    expect(osloToday(new Date('2026-12-31T23:00:00.000Z'))).toBe('2027-01-01');
    // Summer time starts 29 March 2026 at 01:00 UTC, and ends 25 October 2026 at 01:00 UTC.
    expect(osloToday(new Date('2026-03-28T22:59:00.000Z'))).toBe('2026-03-28');
    expect(osloToday(new Date('2026-03-28T23:00:00.000Z'))).toBe('2026-03-29');
    expect(osloToday(new Date('2026-03-29T21:59:00.000Z'))).toBe('2026-03-29');
    expect(osloToday(new Date('2026-03-29T22:00:00.000Z'))).toBe('2026-03-30');
    expect(osloToday(new Date('2026-10-24T21:59:00.000Z'))).toBe('2026-10-24');
    expect(osloToday(new Date('2026-10-24T22:00:00.000Z'))).toBe('2026-10-25');
    expect(osloToday(new Date('2026-10-25T22:59:00.000Z'))).toBe('2026-10-25');
    expect(osloToday(new Date('2026-10-25T23:00:00.000Z'))).toBe('2026-10-26');
  });

  it('is the same day as UTC for the rest of the day', () => {
    expect(osloToday(new Date('2026-11-23T00:00:00.000Z'))).toBe('2026-11-23');
    expect(osloToday(new Date('2026-11-23T12:00:00.000Z'))).toBe('2026-11-23');
  });

  it('gives the Oslo date of any instant, and today as a date column holds it', () => {
    expect(osloDate(new Date('2025-01-05T23:15:00.000Z'))).toBe('2025-01-06');
    expect(osloTodayAsDate(new Date('2026-11-23T23:30:00.000Z')).toISOString()).toBe('2026-11-24T00:00:00.000Z');
    expect(localDateAsUtcMidnight('2026-02-01').toISOString()).toBe('2026-02-01T00:00:00.000Z');
  });

  it('defaults to now', () => {
    const before = osloDate(new Date());
    const today = osloToday();
    const after = osloDate(new Date());
    expect([before, after]).toContain(today);
  });
});

describe('a date as a letter writes it', () => {
  it('spells out the month in bokmål, nynorsk and English, on the calendar day given', () => {
    expect(formatLongDate('nb', '2026-11-23')).toBe('23. november 2026');
    expect(formatLongDate('nn', '2026-12-01')).toBe('1. desember 2026');
    expect(formatLongDate('en', '2026-11-23')).toBe('23 November 2026');
  });

  it('refuses what is not a LocalDate', () => {
    expect(() => formatLongDate('nb', '23.11.2026')).toThrow(RangeError);
  });

  it('writes the time of day in Oslo, on the 24-hour clock', () => {
    expect(formatTimeOfDay('nb', new Date('2026-01-12T08:05:00.000Z'))).toBe('09:05');
    expect(formatTimeOfDay('nn', new Date('2026-06-12T08:05:00.000Z'))).toBe('10:05');
    expect(formatTimeOfDay('en', new Date('2026-06-12T12:30:00.000Z'))).toBe('14:30');
  });
});

describe('osloStartOfDay', () => {
  it('is 23:00 UTC the day before in winter and 22:00 UTC in summer', () => {
    expect(osloStartOfDay('2026-01-15').toISOString()).toBe('2026-01-14T23:00:00.000Z');
    expect(osloStartOfDay('2026-07-15').toISOString()).toBe('2026-07-14T22:00:00.000Z');
  });

  it('follows the change to summer time and back', () => {
    // Summer time begins 29 March 2026 at 02:00 and ends 25 October at 03:00.
    expect(osloStartOfDay('2026-03-29').toISOString()).toBe('2026-03-28T23:00:00.000Z');
    expect(osloStartOfDay('2026-03-30').toISOString()).toBe('2026-03-29T22:00:00.000Z');
    expect(osloStartOfDay('2026-10-25').toISOString()).toBe('2026-10-24T22:00:00.000Z');
    expect(osloStartOfDay('2026-10-26').toISOString()).toBe('2026-10-25T23:00:00.000Z');
  });
});

describe('addDays and addYears', () => {
  it('move a date column value by calendar days and years', () => {
    expect(addDays(new Date('2026-02-27T00:00:00Z'), 2).toISOString()).toBe('2026-03-01T00:00:00.000Z');
    expect(addYears(new Date('2026-12-02T00:00:00Z'), -18).toISOString()).toBe('2008-12-02T00:00:00.000Z');
  });
});

describe('addMonths', () => {
  it('moves by calendar months, keeping the day where the month has it', () => {
    expect(addMonths(new Date('2026-12-02T00:00:00Z'), 12).toISOString()).toBe('2027-12-02T00:00:00.000Z');
    expect(addMonths(new Date('2026-01-31T00:00:00Z'), 1).toISOString()).toBe('2026-02-28T00:00:00.000Z');
    expect(addMonths(new Date('2028-02-29T00:00:00Z'), 12).toISOString()).toBe('2029-02-28T00:00:00.000Z');
  });
});

describe('Oslo wall-clock times', () => {
  it('reads a typed time as Norwegian time, in winter and in summer', () => {
    expect(osloWallTimeToInstant('2026-12-24T10:00')!.toISOString()).toBe('2026-12-24T09:00:00.000Z');
    expect(osloWallTimeToInstant('2027-06-10T10:00')!.toISOString()).toBe('2027-06-10T08:00:00.000Z');
    // The spring change skips 02:00-03:00; the autumn change repeats it (the first is taken).
    expect(osloWallTimeToInstant('2027-03-28T02:30')!.toISOString()).toBe('2027-03-28T01:30:00.000Z');
    expect(osloWallTimeToInstant('2027-10-31T02:30')!.toISOString()).toBe('2027-10-31T00:30:00.000Z');
    expect(osloWallTimeToInstant('')).toBeNull();
    expect(osloWallTimeToInstant('24.12.2026 10:00')).toBeNull();
  });

  it('shows an instant as the wall-clock time in Oslo, and back', () => {
    expect(osloWallTime(new Date('2026-12-24T09:00:00.000Z'))).toBe('2026-12-24T10:00');
    expect(osloWallTime(new Date('2027-06-09T22:30:00.000Z'))).toBe('2027-06-10T00:30');
    for (const wall of ['2026-01-01T00:00', '2027-07-01T23:59', '2026-12-31T12:15']) expect(osloWallTime(osloWallTimeToInstant(wall)!)).toBe(wall);
  });
});
