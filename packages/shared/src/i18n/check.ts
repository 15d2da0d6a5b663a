// Checks the catalogues against each other: the same keys in every language, every message in the
// ICU subset translate() formats (message-format.ts), and the same placeholders as bokmål. CI runs
// it (catalog.test.ts); an empty list is good.
import { argumentNames, parseMessage } from './message-format';
import type { Catalog } from './nb';

export function catalogProblems(source: Catalog, others: Record<string, Record<string, string>>): string[] {
  const problems: string[] = [];
  const sourceKeys = Object.keys(source);
  const argsOf = (language: string, key: string, message: string): Set<string> | null => {
    try {
      return argumentNames(parseMessage(message));
    } catch (error) {
      problems.push(`${language} ${key}: not a message translate() can format (${(error as Error).message})`);
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
