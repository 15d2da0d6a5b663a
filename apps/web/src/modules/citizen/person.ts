/** The person whose plan the citizen's view shows: the citizen themself, or someone they act for. */
export interface ShownPerson {
  id: string;
  firstName: string;
  isSelf: boolean;
}
