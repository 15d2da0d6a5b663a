/** The staff page of a person's consents. */
export const consentPath = (personId: string) => `/samtykke/${personId}`;
