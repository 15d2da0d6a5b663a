// The GraphQL documents the web app sends, read from its generated types (apps/web/src/gql,
// written by `pnpm codegen` or the web build), so the benchmark and the statement-count tests
// time and count exactly what a browser asks for.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  Kind,
  parse,
  print,
  visit,
  type ASTNode,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';

// From src/scripts/bench and from dist/scripts/bench alike.
const GENERATED = path.resolve(__dirname, '../../../../web/src/gql/graphql.ts');

export type WebOperation =
  | 'Me'
  | 'ActingFor'
  | 'CitizenPlan'
  | 'ReferralInbox'
  | 'MyCaseload'
  | 'CasePage'
  | 'CaseHistory'
  | 'PersonPlan'
  | 'UpdateGoal'
  | 'PlanHistory'
  | 'ChangeFormSubject'
  | 'UnregisteredChangeForms'
  | 'MyUnits'
  | 'GroupPage'
  | 'GroupReviewsDue';

/** A document the web app does not send as such (the benchmark's own reads). */
export interface OwnDocument {
  name: string;
  query: string;
}

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

const operationOf = (document: DocumentNode) =>
  document.definitions.find((definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION)!;

/** The root field's selection (its first), for the fields it asks for. */
function rootSelection(document: DocumentNode): SelectionSetNode {
  const [root] = operationOf(document).selectionSet.selections;
  if (root?.kind !== Kind.FIELD || !root.selectionSet) throw new Error('the document has no root field with a selection');
  return root.selectionSet;
}

/**
 * The names of the fields the operation's root field selects on its object, fragments included
 * (e.g. the PlanView fields of PersonPlan's `plan`), so a baseline answers exactly those.
 */
export function rootFields(operation: WebOperation): Set<string> {
  const document = parse(webDocument(operation));
  const fragments = new Map(
    document.definitions
      .filter((definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION)
      .map((fragment) => [fragment.name.value, fragment]),
  );
  const names = new Set<string>();
  const collect = (selectionSet: SelectionSetNode) => {
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) names.add(selection.alias?.value ?? selection.name.value);
      else if (selection.kind === Kind.INLINE_FRAGMENT) collect(selection.selectionSet);
      else collect(fragments.get(selection.name.value)!.selectionSet);
    }
  };
  collect(rootSelection(document));
  return names;
}

/**
 * A read of the person's plan with the selection a mutation of the plan answers with (its
 * fragments and __typename), to compare a save's answer with the plan as the API reads it after.
 */
export function planReadOf(mutation: WebOperation): OwnDocument {
  const document = parse(webDocument(mutation));
  const name = `${mutation}PlanRead`;
  const read: OperationDefinitionNode = {
    kind: Kind.OPERATION_DEFINITION,
    operation: 'query' as OperationDefinitionNode['operation'],
    name: { kind: Kind.NAME, value: name },
    variableDefinitions: [
      {
        kind: Kind.VARIABLE_DEFINITION,
        variable: { kind: Kind.VARIABLE, name: { kind: Kind.NAME, value: 'personId' } },
        type: { kind: Kind.NON_NULL_TYPE, type: { kind: Kind.NAMED_TYPE, name: { kind: Kind.NAME, value: 'ID' } } },
      },
    ],
    selectionSet: {
      kind: Kind.SELECTION_SET,
      selections: [
        {
          kind: Kind.FIELD,
          name: { kind: Kind.NAME, value: 'plan' },
          arguments: [
            {
              kind: Kind.ARGUMENT,
              name: { kind: Kind.NAME, value: 'personId' },
              value: { kind: Kind.VARIABLE, name: { kind: Kind.NAME, value: 'personId' } },
            },
          ],
          selectionSet: rootSelection(document),
        },
      ],
    },
  };
  const definitions = document.definitions.map((definition) => (definition === operationOf(document) ? read : definition));
  return { name, query: print({ ...document, definitions }) };
}
