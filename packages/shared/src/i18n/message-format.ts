// The part of ICU MessageFormat the catalogues use, parsed and formatted here rather than by a
// general ICU runtime (intl-messageformat with its parser: about 11 kB gzipped in every page).
//
// - {name}: the value as it is.
// - {count, plural, =0 {none} one {# day} other {# days}}: an exact =N first, then the language's
//   plural rule (Intl.PluralRules); # is the count in the language's number format.
// - {role, select, citizen {…} other {…}}: the option the value names, else other.
//
// Options may hold arguments, plurals and selects. Anything else (number, date and time arguments,
// selectordinal, offset:, tags, apostrophe quoting) is a syntax error here, so catalog.test.ts
// rejects a message that would need it. What it formats comes out as intl-messageformat's would
// (message-format.test.ts compares the two on every message).

export type MessageParams = Record<string, string | number>;

export type MessagePart =
  | string
  | { kind: 'pound' }
  | { kind: 'argument'; name: string }
  | { kind: 'plural' | 'select'; name: string; options: Record<string, MessagePart[]> };

export class MessageSyntaxError extends Error {}

/** What formats a message in one language. */
export interface MessageFormats {
  plural: Intl.PluralRules;
  number: Intl.NumberFormat;
}

export function messageFormats(locales: string[]): MessageFormats {
  return { plural: new Intl.PluralRules(locales), number: new Intl.NumberFormat(locales) };
}

// ICU's pattern white space, which may stand between the parts of an argument.
const SPACE = /[\t-\r \u0085\u200E\u200F\u2028\u2029]*/y;
const NAME = /[A-Za-z0-9_]+/y;
const PLURAL_OPTION = /^(=\d+|zero|one|two|few|many|other)$/;
// An apostrophe before one of these quotes in ICU; elsewhere it is a plain apostrophe.
const QUOTED = /^'['{}<>]/;
// "<" before a letter or "/" starts a tag in intl-messageformat.
const TAG = /^<[A-Za-z/]/;

export function parseMessage(message: string): MessagePart[] {
  let at = 0;

  function fail(problem: string): never {
    throw new MessageSyntaxError(`${problem} at ${at} in "${message}"`);
  }
  function space() {
    SPACE.lastIndex = at;
    at += SPACE.exec(message)![0].length;
  }
  function name(): string {
    NAME.lastIndex = at;
    const match = NAME.exec(message) ?? fail('expected a name');
    at += match[0].length;
    return match[0];
  }
  function expect(char: string) {
    if (message[at] !== char) fail(`expected "${char}"`);
    at += 1;
  }

  // Text and arguments up to the end, or, in an option, up to the "}" that closes it.
  function parts(inside: 'plural' | 'select' | null): MessagePart[] {
    const result: MessagePart[] = [];
    let text = '';
    const flush = () => {
      if (text) result.push(text);
      text = '';
    };
    while (at < message.length) {
      const char = message[at];
      const next = message.slice(at, at + 2);
      if (char === '}' && inside) break;
      if (char === '}') fail('"}" without "{"');
      if (QUOTED.test(next) || (next === "'#" && inside === 'plural')) fail('apostrophe quoting is not supported');
      if (TAG.test(next)) fail('tags are not supported');
      if (char === '{') {
        flush();
        result.push(argument());
      } else if (char === '#' && inside === 'plural') {
        flush();
        result.push({ kind: 'pound' });
        at += 1;
      } else {
        text += char;
        at += 1;
      }
    }
    flush();
    return result;
  }

  function argument(): MessagePart {
    expect('{');
    space();
    const argumentName = name();
    space();
    if (message[at] === '}') {
      at += 1;
      return { kind: 'argument', name: argumentName };
    }
    if (message[at] !== ',') fail('expected "}" or ","');
    at += 1;
    space();
    const kind = name();
    if (kind !== 'plural' && kind !== 'select') fail(`"${kind}" arguments are not supported`);
    space();
    expect(',');
    space();
    const options: Record<string, MessagePart[]> = {};
    while (message[at] !== '}') {
      if (at >= message.length) fail('expected "}"');
      let key: string;
      if (kind === 'plural' && message[at] === '=') {
        at += 1;
        key = `=${name()}`;
      } else {
        key = name();
      }
      if (kind === 'plural' && !PLURAL_OPTION.test(key)) fail(`"${key}" is not a plural option`);
      if (Object.hasOwn(options, key)) fail(`"${key}" twice`);
      space();
      expect('{');
      options[key] = parts(kind);
      expect('}');
      space();
    }
    if (!Object.hasOwn(options, 'other')) fail('"other" is missing');
    at += 1;
    return { kind, name: argumentName, options };
  }

  return parts(null);
}

/** The names of the values a message uses, in its options too. */
export function argumentNames(parts: MessagePart[], into = new Set<string>()): Set<string> {
  for (const part of parts) {
    if (typeof part === 'string' || part.kind === 'pound') continue;
    into.add(part.name);
    if (part.kind !== 'argument') for (const option of Object.values(part.options)) argumentNames(option, into);
  }
  return into;
}

/** Fills a parsed message. A value the message names must be given. */
export function formatMessage(parts: MessagePart[], params: MessageParams | undefined, formats: MessageFormats, count?: number): string {
  let result = '';
  for (const part of parts) {
    if (typeof part === 'string') {
      result += part;
      continue;
    }
    if (part.kind === 'pound') {
      if (count !== undefined) result += formats.number.format(count);
      continue;
    }
    if (!params || !Object.hasOwn(params, part.name)) throw new Error(`no value for {${part.name}}`);
    const value = params[part.name];
    if (part.kind === 'argument') {
      result += typeof value === 'string' || typeof value === 'number' ? String(value) : '';
    } else if (part.kind === 'select') {
      const key = String(value);
      result += formatMessage(Object.hasOwn(part.options, key) ? part.options[key]! : part.options.other!, params, formats);
    } else {
      const number = Number(value);
      const option = part.options[`=${value}`] ?? part.options[formats.plural.select(number)] ?? part.options.other!;
      result += formatMessage(option, params, formats, number);
    }
  }
  return result;
}
