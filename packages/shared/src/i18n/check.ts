// Checks the catalogues against each other: the same keys in every language, every message valid
// ICU, and the same placeholders as bokmål. CI runs it (catalog.test.ts); an empty list is good.
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import type { Catalog } from './nb';

function argumentNames(elements: MessageFormatElement[], into = new Set<string>()): Set<string> {
  for (const element of elements) {
    if (element.type === TYPE.literal || element.type === TYPE.pound) continue;
    into.add(element.value);
    if (element.type === TYPE.plural || element.type === TYPE.select) {
      for (const option of Object.values(element.options)) argumentNames(option.value, into);
    }
    if (element.type === TYPE.tag) argumentNames(element.children, into);
  }
  return into;
}

export function catalogProblems(source: Catalog, others: Record<string, Record<string, string>>): string[] {
  const problems: string[] = [];
  const sourceKeys = Object.keys(source);
  const argsOf = (language: string, key: string, message: string): Set<string> | null => {
    try {
      return argumentNames(parse(message));
    } catch (error) {
      problems.push(`${language} ${key}: not a valid ICU message (${(error as Error).message})`);
      return null;
    }
  };
  const sourceArgs = new Map(sourceKeys.map((key) => [key, argsOf('source', key, source[key as keyof Catalog])]));
  for (const [language, catalog] of Object.entries(others)) {
    for (const key of sourceKeys) {
      if (!(key in catalog)) problems.push(`${language}: missing ${key}`);
    }
    for (const [key, message] of Object.entries(catalog)) {
      if (!(key in source)) {
        problems.push(`${language}: ${key} is not in the source catalogue`);
        continue;
      }
      const args = argsOf(language, key, message);
      const expected = sourceArgs.get(key);
      if (args && expected) {
        const a = [...args].sort().join(',');
        const b = [...expected].sort().join(',');
        if (a !== b) problems.push(`${language} ${key}: placeholders {${a}} differ from the source's {${b}}`);
      }
    }
  }
  return problems;
}
