// A page's cursor is the sort key of its last row, not an offset: rows added above do not push
// a row onto the next page twice. It travels as base64url JSON of the key's parts, all strings.
import { badInput } from '../graphql/errors';
import { isWellFormedId } from '../graphql/ids';

export function encodeKeysetCursor(key: readonly string[]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

/**
 * The key of a cursor that has `length` string parts, an instant first and an id second (a uuid
 * unless `isId` says otherwise); anything else is refused as bad input on `after`.
 */
export function decodeKeysetCursor<K extends string[]>(cursor: string, length: K['length'], isId: (value: unknown) => boolean = isWellFormedId): K {
  let key: unknown;
  try {
    key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    key = null;
  }
  const valid =
    Array.isArray(key) &&
    key.length === length &&
    key.every((part) => typeof part === 'string') &&
    !Number.isNaN(Date.parse(key[0] as string)) &&
    isId(key[1]);
  if (!valid) throw badInput([{ field: 'after', messageKey: 'validation.invalid' }]);
  return key as K;
}
