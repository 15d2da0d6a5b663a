import { checkNationalId, nationalIdControlDigit, NATIONAL_ID_MESSAGES } from './national-id';
import { isMessageKey } from './i18n';

const TODAY = '2026-11-23';

/**
 * A valid number for a date (YYYY-MM-DD) from the first usable individual number at or after
 * `individual` (some give a control digit of 10 and are never issued). The control digits are
 * computed here from the published weights, not with the code under test.
 */
function make(date: string, individual: number, { dNumber = false, monthOffset = 0 } = {}): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return withControlDigits(`${pad(day + (dNumber ? 40 : 0))}${pad(month + monthOffset)}${pad(year % 100)}`, individual);
}

function mod11(digits: number[], weights: number[]): number {
  const rest = weights.reduce((sum, weight, i) => sum + weight * digits[i]!, 0) % 11;
  return rest === 0 ? 0 : 11 - rest;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The same number with one digit changed (position 0-based). */
function withDigit(value: string, position: number, digit: number): string {
  return `${value.slice(0, position)}${digit}${value.slice(position + 1)}`;
}

const ok = (birthDate: string) => ({ valid: true, birthDate });
const problem = (name: string) => ({ valid: false, problem: name });

describe('national identity numbers', () => {
  it('accepts a number whose control digits hold, and gives its birth date', () => {
    expect(checkNationalId(make('2015-03-04', 500), { today: TODAY })).toEqual(ok('2015-03-04'));
    expect(checkNationalId(make('1990-12-31', 0), { today: TODAY })).toEqual(ok('1990-12-31'));
  });

  it('agrees with a published example: 311299567 has control digits 1 and 5 (individual 567, year 99: 1899)', () => {
    expect(make('1899-12-31', 567)).toBe('31129956715');
    expect(checkNationalId('31129956715', { today: TODAY })).toEqual(ok('1899-12-31'));
  });

  it('reads the century from the individual number', () => {
    // 000–499: 1900–1999.
    expect(checkNationalId(make('1900-01-01', 0), { today: TODAY })).toEqual(ok('1900-01-01'));
    expect(checkNationalId(make('1999-06-15', 450), { today: TODAY })).toEqual(ok('1999-06-15'));
    // 500–749 with year 54–99: 1854–1899.
    expect(checkNationalId(make('1854-02-10', 500), { today: TODAY })).toEqual(ok('1854-02-10'));
    expect(checkNationalId(make('1899-07-20', 700), { today: TODAY })).toEqual(ok('1899-07-20'));
    // 500–999 with year 00–39: 2000–2039.
    expect(checkNationalId(make('2000-01-01', 500), { today: TODAY })).toEqual(ok('2000-01-01'));
    expect(checkNationalId(make('2024-02-29', 800), { today: TODAY })).toEqual(ok('2024-02-29'));
    expect(checkNationalId(make('2010-05-05', 950), { today: TODAY })).toEqual(ok('2010-05-05'));
    // 900–999 with year 40–99: 1940–1999.
    expect(checkNationalId(make('1940-08-08', 900), { today: TODAY })).toEqual(ok('1940-08-08'));
    expect(checkNationalId(make('1985-11-11', 940), { today: TODAY })).toEqual(ok('1985-11-11'));
  });

  it('accepts D-numbers (4 added to the first digit of the day)', () => {
    const dNumber = make('1985-01-01', 100, { dNumber: true });
    expect(dNumber.slice(0, 2)).toBe('41');
    expect(checkNationalId(dNumber, { today: TODAY })).toEqual(ok('1985-01-01'));
    expect(checkNationalId(make('1970-03-31', 300, { dNumber: true }), { today: TODAY })).toEqual(ok('1970-03-31'));
  });

  it('accepts synthetic test numbers (40 or 80 added to the month), D-numbers among them', () => {
    const plus40 = make('1992-05-17', 200, { monthOffset: 40 });
    expect(plus40.slice(2, 4)).toBe('45');
    expect(checkNationalId(plus40, { today: TODAY })).toEqual(ok('1992-05-17'));
    const plus80 = make('2012-12-24', 600, { monthOffset: 80 });
    expect(plus80.slice(2, 4)).toBe('92');
    expect(checkNationalId(plus80, { today: TODAY })).toEqual(ok('2012-12-24'));
    expect(checkNationalId(make('1960-09-09', 100, { dNumber: true, monthOffset: 80 }), { today: TODAY })).toEqual(ok('1960-09-09'));
  });

  it('refuses anything but 11 digits', () => {
    const valid = make('2015-03-04', 500);
    for (const value of ['', '123', valid.slice(0, 10), `${valid}0`, `${valid.slice(0, 10)}a`, ` ${valid.slice(1)}`, valid.replace(/^(\d{6})/, '$1 ')]) {
      expect(checkNationalId(value, { today: TODAY })).toEqual(problem('format'));
    }
  });

  it('names the control digit that does not hold', () => {
    const valid = make('2015-03-04', 500);
    const k1 = Number(valid[9]);
    const k2 = Number(valid[10]);
    expect(checkNationalId(withDigit(valid, 9, (k1 + 1) % 10), { today: TODAY })).toEqual(problem('firstControlDigit'));
    expect(checkNationalId(withDigit(valid, 10, (k2 + 1) % 10), { today: TODAY })).toEqual(problem('secondControlDigit'));
    // A mistyped date digit breaks the first control digit (the weights catch every single-digit error).
    expect(checkNationalId(withDigit(valid, 3, 4), { today: TODAY })).toEqual(problem('firstControlDigit'));
  });

  it('refuses a number whose control digit would be 10: such numbers are never issued', () => {
    // Find nine digits whose first control digit would be 10; no tenth digit makes them valid.
    let nine = '';
    for (let individual = 0; individual < 1000 && !nine; individual += 1) {
      const candidate = `010190${String(individual).padStart(3, '0')}`;
      if (mod11([...candidate].map(Number), [3, 7, 6, 1, 8, 9, 4, 5, 2]) === 10) nine = candidate;
    }
    expect(nine).not.toBe('');
    expect(nationalIdControlDigit([...nine].map(Number), [3, 7, 6, 1, 8, 9, 4, 5, 2])).toBeUndefined();
    for (let k1 = 0; k1 <= 9; k1 += 1) {
      expect(checkNationalId(`${nine}${k1}0`, { today: TODAY })).toEqual(problem('firstControlDigit'));
    }
  });

  it('refuses a date that is not in the calendar, with control digits that hold', () => {
    for (const [date, individual] of [
      ['300215', 100], // 30 February
      ['290223', 100], // 29 February 2023, not a leap year
      ['290200', 100], // 29 February 1900 (individual < 500), not a leap year
      ['310415', 100], // 31 April
      ['001015', 100], // day 0
      ['321015', 100], // day 32
      ['721015', 100], // D-number day 32
      ['011315', 100], // month 13
      ['010015', 100], // month 0
      ['016015', 100], // month 60: neither a month nor a synthetic one
      ['019315', 100], // month 93: synthetic month 13
      ['010150', 600], // individual 600 with year 50: no century
      ['010180', 800], // individual 800 with year 80: no century
    ] as const) {
      const number = withControlDigits(date, individual);
      expect([date, checkNationalId(number, { today: TODAY })]).toEqual([date, problem('date')]);
    }
  });

  it('refuses a date of birth after today in Oslo, and accepts today', () => {
    expect(checkNationalId(make('2026-11-24', 500), { today: TODAY })).toEqual(problem('futureDate'));
    expect(checkNationalId(make('2026-11-23', 500), { today: TODAY })).toEqual(ok('2026-11-23'));
    expect(checkNationalId(make('2039-01-01', 500), { today: TODAY })).toEqual(problem('futureDate'));
  });

  it('must agree with a given date of birth', () => {
    const number = make('2015-03-04', 500);
    expect(checkNationalId(number, { today: TODAY, dateOfBirth: '2015-03-04' })).toEqual(ok('2015-03-04'));
    expect(checkNationalId(number, { today: TODAY, dateOfBirth: '2015-04-03' })).toEqual(problem('dateOfBirthMismatch'));
    // Same day and month, another century.
    expect(checkNationalId(number, { today: TODAY, dateOfBirth: '1915-03-04' })).toEqual(problem('dateOfBirthMismatch'));
  });

  it('never puts the number into its answer', () => {
    const number = make('2015-03-04', 500);
    const answers = [
      checkNationalId(number, { today: TODAY, dateOfBirth: '2000-01-01' }),
      checkNationalId(withDigit(number, 9, (Number(number[9]) + 1) % 10), { today: TODAY }),
    ];
    for (const answer of answers) expect(JSON.stringify(answer)).not.toContain(number.slice(6));
  });

  it('has a field message for every problem', () => {
    for (const key of Object.values(NATIONAL_ID_MESSAGES)) expect(isMessageKey(key)).toBe(true);
  });
});

/** Six date digits and the first usable individual number from `individual`, with control digits. */
function withControlDigits(date: string, individual: number): string {
  for (let candidate = individual; candidate < individual + 50; candidate += 1) {
    const digits = [...`${date}${String(candidate).padStart(3, '0')}`].map(Number);
    const k1 = mod11(digits, [3, 7, 6, 1, 8, 9, 4, 5, 2]);
    const k2 = mod11([...digits, k1], [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]);
    if (k1 < 10 && k2 < 10) return [...digits, k1, k2].join('');
  }
  throw new Error('no usable individual number');
}
