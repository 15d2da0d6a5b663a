// GraphQL Code Generator: typed documents from the committed API schema (client preset only).
// Run with `pnpm --filter @samhandling/web codegen`; the output in src/gql/ is generated and ignored by git.
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: '../api/schema.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**/*'],
  ignoreNoDocuments: false,
  generates: {
    'src/gql/': {
      preset: 'client',
      presetConfig: {
        // Components receive FragmentType<…> props and read them with useFragment().
        fragmentMasking: { unmaskFunctionName: 'useFragment' },
      },
      config: {
        scalars: { LocalDate: 'string', DateTimeISO: 'string', ID: 'string' },
        enumsAsTypes: true,
        useTypeImports: true,
        skipTypename: false,
        nonOptionalTypename: true,
        // Lets Apollo Client's Unmasked<> type (used for typed test mocks) unwrap fragment refs.
        inlineFragmentTypes: 'mask',
        customDirectives: { apolloUnmask: true },
        avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
      },
    },
  },
};

export default config;
