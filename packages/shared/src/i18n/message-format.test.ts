import { IntlMessageFormat } from 'intl-messageformat';
import { catalogs, LOCALES, translate, type Locale, type MessageKey } from './index';
import { serverMessages } from './server';
import { formatMessage, messageFormats, MessageSyntaxError, parseMessage, type MessageParams, type MessagePart } from './message-format';

// translate()'s locales (index.ts), for the reference implementation.
const ICU_LOCALES: Record<Locale, string[]> = { nb: ['nb'], nn: ['nn', 'nb'], en: ['en-GB'] };

const COUNTS = [0, 1, 2, 3, 5, 11, 21, 101, 1000, 12345, 1.5];

/** Sample values for every value a message names: counts for plurals, each option and an unknown one for selects. */
function sampleParams(parts: MessagePart[]): MessageParams[] {
  const choices = new Map<string, (string | number)[]>();
  const walk = (list: MessagePart[]) => {
    for (const part of list) {
      if (typeof part === 'string' || part.kind === 'pound') continue;
      if (part.kind === 'plural') choices.set(part.name, COUNTS);
      else if (part.kind === 'select') choices.set(part.name, [...new Set([...(choices.get(part.name) ?? []), ...Object.keys(part.options), 'unlisted'])]);
      else if (!choices.has(part.name)) choices.set(part.name, [`‹${part.name}›`]);
      if (part.kind !== 'argument') for (const option of Object.values(part.options)) walk(option);
    }
  };
  walk(parts);
  let combinations: MessageParams[] = [{}];
  for (const [name, values] of choices) {
    combinations = combinations.flatMap((params) => values.map((value) => ({ ...params, [name]: value })));
  }
  return combinations;
}

function both(locale: Locale, message: string, params: MessageParams) {
  return {
    ours: formatMessage(parseMessage(message), params, messageFormats(ICU_LOCALES[locale])),
    reference: String(new IntlMessageFormat(message, ICU_LOCALES[locale]).format(params)),
  };
}

describe('the message formatter', () => {
  it('formats every message of every catalogue as intl-messageformat does', () => {
    let compared = 0;
    const differences: string[] = [];
    for (const locale of LOCALES) {
      const formats = messageFormats(ICU_LOCALES[locale]);
      // The app's messages and the server's own.
      for (const [key, message] of [...Object.entries(catalogs[locale]), ...Object.entries(serverMessages[locale])]) {
        const parts = parseMessage(message);
        const reference = new IntlMessageFormat(message, ICU_LOCALES[locale]);
        for (const params of sampleParams(parts)) {
          const ours = formatMessage(parts, params, formats);
          const theirs = String(reference.format(params));
          if (ours !== theirs) differences.push(`${locale} ${key} ${JSON.stringify(params)}: ${JSON.stringify(ours)} ≠ ${JSON.stringify(theirs)}`);
          compared += 1;
        }
      }
    }
    expect(differences).toEqual([]);
    // Every message at least once, plurals and selects with several values.
    expect(compared).toBeGreaterThan(LOCALES.reduce((sum, locale) => sum + Object.keys(catalogs[locale]).length, 0));
  });

  it('formats what the catalogues may use as intl-messageformat does', () => {
    const messages = [
      'Plain text with the Patients\' and Users\' Rights Act, #1, 5 < 6 > 4 and a lone \'',
      '{ name }, {name} and {other}',
      '{count, plural, =0 {none} =1 {exactly one} one {# one} other {# more}}',
      '{count,plural,one{# day}other{# days}}',
      '{ count , plural , one {# dag} other {# dagar} }',
      '{count, plural, one {# of {total}} other {# of {total} (#)}}',
      '{count, plural, one {{role, select, coordinator {# as coordinator (#)} other {# other}}} other {many}}',
      '{role, select, coordinator {{count, plural, one {# plan} other {# plans}}} other {# not a count}}',
      '{met, select, yes {met} other {}} and {child, select, yes { and § 7-2 a} other {}}',
      'Before {count, plural, one {# item} other {# items}} after',
    ];
    for (const locale of LOCALES) {
      for (const message of messages) {
        for (const params of sampleParams(parseMessage(message))) {
          const { ours, reference } = both(locale, message, { total: 7, other: 'x', ...params });
          expect({ locale, message, params, result: ours }).toEqual({ locale, message, params, result: reference });
        }
      }
    }
  });

  it('takes the language\'s plural rules and number format for #', () => {
    const message = '{count, plural, one {# dag} other {# dagar}}';
    expect(both('nn', message, { count: 1 }).ours).toBe('1 dag');
    expect(both('nn', message, { count: 1.5 }).ours).toBe('1,5 dagar');
    expect(both('en', message, { count: 1234 }).ours).toBe('1,234 dagar');
    expect(both('nb', message, { count: 12345 }).ours).toBe(`12${'\u00a0'}345 dagar`);
  });

  it('reads a numeric string as a count, as intl-messageformat does', () => {
    expect(both('nb', '{count, plural, one {# dag} other {# dager}}', { count: '3' })).toEqual({ ours: '3 dager', reference: '3 dager' });
  });

  it('refuses a missing value', () => {
    expect(() => formatMessage(parseMessage('Hei {name}'), {}, messageFormats(['nb']))).toThrow('no value for {name}');
    expect(() => formatMessage(parseMessage('{count, plural, other {#}}'), undefined, messageFormats(['nb']))).toThrow('no value for {count}');
  });

  it.each([
    ['{count, number}', '"number" arguments are not supported'],
    ['{day, date, short}', '"date" arguments are not supported'],
    ['{count, selectordinal, one {#st} other {#th}}', '"selectordinal" arguments are not supported'],
    ['{count, plural, offset:1 one {#} other {#}}', '"offset" is not a plural option'],
    ['{count, plural, one {#}}', '"other" is missing'],
    ['{count, plural, lots {#} other {#}}', '"lots" is not a plural option'],
    ['{role, select, a {x} a {y} other {z}}', '"a" twice'],
    ['<b>bold</b>', 'tags are not supported'],
    ["'{name}'", 'apostrophe quoting is not supported'],
    ["It''s", 'apostrophe quoting is not supported'],
    ["{count, plural, other {'#'}}", 'apostrophe quoting is not supported'],
    ['{name', 'expected "}" or ","'],
    ['name}', '"}" without "{"'],
    ['{}', 'expected a name'],
    ['{user.name}', 'expected "}" or ","'],
    ['{count, plural, one {# day} other {# days}', 'expected "}"'],
  ])('refuses %s', (message, problem) => {
    expect(() => parseMessage(message)).toThrow(MessageSyntaxError);
    expect(() => parseMessage(message)).toThrow(problem);
  });

  it('is what translate() uses, with bokmål for a language it does not know', () => {
    const key: MessageKey = 'web.accessLog.times';
    expect(translate('nn', key, { count: 2 })).toBe(both('nn', catalogs.nn[key], { count: 2 }).reference);
    expect(translate('xx' as Locale, key, { count: 2 })).toBe(both('nb', catalogs.nb[key], { count: 2 }).reference);
  });
});
