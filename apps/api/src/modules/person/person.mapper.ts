import { osloTodayAsDate } from '@samhandling/shared';
import type { Person } from '../../generated/prisma/client';
import type { PersonRef } from './person.type';

type PersonFields = Pick<Person, 'id' | 'firstName' | 'lastName' | 'dateOfBirth' | 'expectedBirthDate'>;

/** Fields to select for a PersonRef (keeps the national id out of list queries). */
export const PERSON_REF_SELECT = {
  id: true,
  firstName: true,
  lastName: true,
  dateOfBirth: true,
  expectedBirthDate: true,
} as const;

/** Age in whole years on a day (a date column's midnight UTC). */
export function ageOn(dateOfBirth: Date, on: Date): number {
  let age = on.getUTCFullYear() - dateOfBirth.getUTCFullYear();
  const beforeBirthday =
    on.getUTCMonth() < dateOfBirth.getUTCMonth() ||
    (on.getUTCMonth() === dateOfBirth.getUTCMonth() && on.getUTCDate() < dateOfBirth.getUTCDate());
  if (beforeBirthday) age -= 1;
  return age;
}

/** The person as lists show them, with their age today in Oslo at `now`. */
export function toPersonRef(person: PersonFields, now: Date): PersonRef {
  const age = person.dateOfBirth ? ageOn(person.dateOfBirth, osloTodayAsDate(now)) : null;
  return {
    id: person.id,
    name: `${person.firstName} ${person.lastName}`,
    firstName: person.firstName,
    age,
    isChild: age === null || age < 18,
    expectedBirthDate: person.dateOfBirth ? null : person.expectedBirthDate,
  };
}
