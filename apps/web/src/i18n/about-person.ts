import type { MessageParams } from '@samhandling/shared';

/**
 * Params for texts that speak to the person themself ("Målene dine") or name them to someone
 * acting for them ("Målene til Emil"): the catalogue picks with `{who, select, self {…} other {…}}`.
 */
export function aboutPerson(person: { isSelf: boolean; firstName: string }): MessageParams {
  return { who: person.isSelf ? 'self' : 'other', name: person.firstName };
}
