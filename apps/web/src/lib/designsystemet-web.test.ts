import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

// designsystemet-web.ts loads only some of Designsystemet's page-wide features: a component or an
// attribute that needs another would lose its behaviour without an error. This keeps the list true.

const SRC = path.join(__dirname, '..');

/** The features (subpaths of @digdir/designsystemet-web) each component the app uses needs. */
const FEATURES_BY_COMPONENT: Record<string, string[]> = {
  Alert: [],
  Button: [],
  Card: ['clickdelegatefor'],
  Details: ['details'],
  Dialog: ['dialog', 'invokers'],
  ErrorSummary: ['ds-error-summary'],
  Field: ['ds-field'],
  Fieldset: ['fieldset'],
  Heading: [],
  Input: [],
  Label: [],
  Link: [],
  Paragraph: [],
  Select: [],
  Skeleton: [],
  SkipLink: [],
  Spinner: [],
  Switch: ['ds-field', 'clickdelegatefor'],
  Table: [],
  Tag: [],
  Textarea: [],
  ValidationMessage: ['ds-field'],
};

/** Attributes in the app's markup that need a feature of their own. */
const FEATURES_BY_ATTRIBUTE: [RegExp, string][] = [
  [/\sdata-clickdelegatefor[=\s]/, 'clickdelegatefor'],
  [/\s(readOnly|aria-readonly)[=\s/>]/, 'readonly'],
  [/\s(command|commandfor|commandFor)=/, 'invokers'],
  [/\s(popover|popoverTarget|popovertarget)[=\s/>]/, 'popover'],
  [/\sdata-tooltip[=\s]/, 'tooltip'],
  [/\s(focusgroup|data-toggle-group)[=\s]/, 'focusgroup'],
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'gql' ? [] : sourceFiles(file);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [file] : [];
  });
}

const loaded = new Set(
  [...readFileSync(path.join(__dirname, 'designsystemet-web.ts'), 'utf8').matchAll(/^import '@digdir\/designsystemet-web\/([\w-]+)';/gm)].map(
    ([, feature]) => feature!,
  ),
);

const sources = sourceFiles(SRC).map((file) => ({ file: path.relative(SRC, file), text: readFileSync(file, 'utf8') }));

const usedComponents = new Set(
  sources.flatMap(({ text }) =>
    [...text.matchAll(/import\s*\{([^}]*)\}\s*from\s*'@digdir\/designsystemet-react'/g)].flatMap(([, names]) =>
      names!
        .split(',')
        .map((name) => name.replace(/^\s*type\s+/, '').trim())
        .filter(Boolean),
    ),
  ),
);

const usedAttributes = FEATURES_BY_ATTRIBUTE.flatMap(([pattern, feature]) =>
  sources.filter(({ text }) => pattern.test(text)).map(({ file }) => ({ file, feature })),
);

describe('the Designsystemet features the app loads', () => {
  it('are read from designsystemet-web.ts and the app', () => {
    expect(loaded.size).toBeGreaterThan(0);
    expect(usedComponents.size).toBeGreaterThan(0);
  });

  it('cover every Designsystemet component the app uses', () => {
    // A component not listed: find the features it needs (its source in
    // @digdir/designsystemet-react, the features in @digdir/designsystemet-web), load them, list it.
    expect([...usedComponents].filter((component) => !(component in FEATURES_BY_COMPONENT))).toEqual([]);
    const missing = [...usedComponents].flatMap((component) =>
      (FEATURES_BY_COMPONENT[component] ?? []).filter((feature) => !loaded.has(feature)).map((feature) => `${component}: ${feature}`),
    );
    expect(missing).toEqual([]);
  });

  it('cover the attributes the app sets that need a feature', () => {
    expect(usedAttributes.filter(({ feature }) => !loaded.has(feature)).map(({ file, feature }) => `${file}: ${feature}`)).toEqual([]);
  });

  it('are no more than the app uses', () => {
    const needed = new Set([...[...usedComponents].flatMap((component) => FEATURES_BY_COMPONENT[component] ?? []), ...usedAttributes.map(({ feature }) => feature)]);
    expect([...loaded].filter((feature) => !needed.has(feature))).toEqual([]);
  });
});
