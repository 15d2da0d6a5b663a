/** The page of a person's change forms (the coordinator, the unit leader, KE). */
export const changeFormPath = (personId: string) => `/endring/${personId}`;
