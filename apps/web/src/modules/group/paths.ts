/** The page of a person's responsibility group (GroupPage). */
export const groupPath = (personId: string) => `/gruppe/${personId}`;
