// Responsibility groups: the API's messages for establishing a group (on the person's wish, with
// an active coordinator and written group consent, Salangen's rule in seed 002) and its members.
const nb = {
  'group.error.noWish': 'En ansvarsgruppe opprettes bare når personen (eller verge) ønsker det. Kryss av for at personen ønsker ansvarsgruppe.',
  'group.error.noCoordinator': 'Personen har ingen aktiv koordinator. En ansvarsgruppe krever en koordinator.',
  'group.error.noConsent':
    'Det finnes ikke et gyldig skriftlig samtykke til ansvarsgruppe. Personen må først være informert om gruppens sammensetning, arbeidsform og utveksling av taushetsbelagte opplysninger, og samtykket må registreres.',
  'group.error.alreadyActive': 'Personen har allerede en aktiv ansvarsgruppe.',
  'group.error.closed': 'Ansvarsgruppen er avsluttet og kan ikke endres.',
  'group.error.memberOneKind': 'Velg nøyaktig én: en ansatt, en pårørende, personen selv eller en ekstern deltaker.',
  'group.error.changeWho': 'Hvem medlemmet er, kan ikke endres. Fjern medlemmet og legg til et nytt.',
  'group.error.notStaff': 'Velg en aktiv ansatt i kommunen.',
  'group.error.notRelative': 'Velg en av personens pårørende.',
  'group.error.unitNotFound': 'Velg en enhet i kommunen.',
  'group.error.unitOrOrganisation': 'Oppgi enheten eller organisasjonen medlemmet kommer fra.',
  'group.error.emailOnlyExternal': 'E-post registreres her bare for eksterne deltakere. Ansatte, pårørende og personen har sin egen.',
  'group.error.invalidEmail': 'E-postadressen er ikke gyldig.',
  'group.error.alreadyMember': 'Dette er allerede et medlem av gruppen.',
  'group.error.memberNotFound': 'Fant ikke medlemmet i gruppen.',
  'group.error.removeCoordinator': 'Koordinatoren leder ansvarsgruppen og kan ikke fjernes. Ved bytte av koordinator brukes endringsskjema.',
} as const;

type Messages = Record<keyof typeof nb, string>;

const nn: Messages = {
  'group.error.noWish': 'Ei ansvarsgruppe blir oppretta berre når personen (eller verja) ønskjer det. Kryss av for at personen ønskjer ansvarsgruppe.',
  'group.error.noCoordinator': 'Personen har ingen aktiv koordinator. Ei ansvarsgruppe krev ein koordinator.',
  'group.error.noConsent':
    'Det finst ikkje eit gyldig skriftleg samtykke til ansvarsgruppe. Personen må først vere informert om samansetjinga av gruppa, arbeidsforma og utveksling av teieplikta opplysningar, og samtykket må registrerast.',
  'group.error.alreadyActive': 'Personen har alt ei aktiv ansvarsgruppe.',
  'group.error.closed': 'Ansvarsgruppa er avslutta og kan ikkje endrast.',
  'group.error.memberOneKind': 'Vel nøyaktig éin: ein tilsett, ein pårørande, personen sjølv eller ein ekstern deltakar.',
  'group.error.changeWho': 'Kven medlemmet er, kan ikkje endrast. Fjern medlemmet og legg til eit nytt.',
  'group.error.notStaff': 'Vel ein aktiv tilsett i kommunen.',
  'group.error.notRelative': 'Vel ein av dei pårørande til personen.',
  'group.error.unitNotFound': 'Vel ei eining i kommunen.',
  'group.error.unitOrOrganisation': 'Oppgi eininga eller organisasjonen medlemmet kjem frå.',
  'group.error.emailOnlyExternal': 'E-post blir registrert her berre for eksterne deltakarar. Tilsette, pårørande og personen har sin eigen.',
  'group.error.invalidEmail': 'E-postadressa er ikkje gyldig.',
  'group.error.alreadyMember': 'Dette er alt eit medlem av gruppa.',
  'group.error.memberNotFound': 'Fann ikkje medlemmet i gruppa.',
  'group.error.removeCoordinator': 'Koordinatoren leier ansvarsgruppa og kan ikkje fjernast. Ved byte av koordinator blir endringsskjema brukt.',
};

const en: Messages = {
  'group.error.noWish': 'A responsibility group is established only when the person (or guardian) wishes it. Tick that the person wishes a responsibility group.',
  'group.error.noCoordinator': 'The person has no active coordinator. A responsibility group requires a coordinator.',
  'group.error.noConsent':
    'There is no valid written consent to a responsibility group. The person must first be told about the composition of the group, its way of working and the exchange of confidential information, and the consent must be registered.',
  'group.error.alreadyActive': 'The person already has an active responsibility group.',
  'group.error.closed': 'The responsibility group is closed and cannot be changed.',
  'group.error.memberOneKind': 'Choose exactly one: a staff member, a relative, the person themself or an outside participant.',
  'group.error.changeWho': 'Who the member is cannot be changed. Remove the member and add a new one.',
  'group.error.notStaff': 'Choose an active staff member of the municipality.',
  'group.error.notRelative': "Choose one of the person's relatives.",
  'group.error.unitNotFound': 'Choose a unit of the municipality.',
  'group.error.unitOrOrganisation': 'Give the unit or the organisation the member comes from.',
  'group.error.emailOnlyExternal': 'An e-mail address is recorded here only for outside participants. Staff, relatives and the person have their own.',
  'group.error.invalidEmail': 'The e-mail address is not valid.',
  'group.error.alreadyMember': 'This is already a member of the group.',
  'group.error.memberNotFound': 'The member was not found in the group.',
  'group.error.removeCoordinator': 'The coordinator leads the responsibility group and cannot be removed. A change of coordinator uses a change form.',
};

export const groupMessages = { nb, nn, en };
