// The GraphQL documents the web app sends, read from its generated types (apps/web/src/gql,
// written by `pnpm codegen` or the web build), so the benchmark and the statement-count tests
// time and count exactly what a browser asks for.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Kind, print, visit, type ASTNode, type DocumentNode, type FieldNode, type SelectionSetNode } from 'graphql';

// From src/scripts/bench and from dist/scripts/bench alike.
const GENERATED = path.resolve(__dirname, '../../../../web/src/gql/graphql.ts');

export type WebOperation = 'Me' | 'ActingFor' | 'CitizenPlan' | 'ReferralInbox' | 'MyCaseload' | 'CasePage' | 'CaseHistory';

let source: string | undefined;

/** The operation as Apollo Client sends it: with its fragments, and `__typename` in every selection. */
export function webDocument(operation: WebOperation): string {
  source ??= readGenerated();
  const match = new RegExp(`^export const ${operation}Document = (\\{.*\\}) as unknown as `, 'm').exec(source);
  if (!match) throw new Error(`${operation}Document is not in ${path.relative(process.cwd(), GENERATED)}: run pnpm codegen`);
  return print(withTypename(JSON.parse(match[1]!) as DocumentNode));
}

function readGenerated(): string {
  try {
    return readFileSync(GENERATED, 'utf8');
  } catch {
    throw new Error('the web app\'s GraphQL documents are not generated: run pnpm build (or pnpm codegen)');
  }
}

const TYPENAME: FieldNode = { kind: Kind.FIELD, name: { kind: Kind.NAME, value: '__typename' } };

/** What Apollo Client's cache does to every document: ask for __typename below the root. */
function withTypename(document: DocumentNode): DocumentNode {
  return visit(document, {
    SelectionSet(node: SelectionSetNode, _key, parent: ASTNode | readonly ASTNode[] | undefined) {
      if (parent && !Array.isArray(parent) && (parent as ASTNode).kind === Kind.OPERATION_DEFINITION) return undefined;
      const has = node.selections.some((selection) => selection.kind === Kind.FIELD && selection.name.value === '__typename');
      return has ? undefined : { ...node, selections: [...node.selections, TYPENAME] };
    },
  });
}
