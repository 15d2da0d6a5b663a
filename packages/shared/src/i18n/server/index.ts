// Messages only the server uses: the texts of the printed documents and the API's error messages.
// They are kept apart from the app's catalogue so the browser's bundle leaves them out
// (translateServer in ../index.ts is their only reader, and nothing in the web app calls it).
import { consentMessages } from './consent';
import { documentMessages } from './documents';
import { errorMessages } from './errors';
import { exportMessages } from './export';
import { groupMessages } from './group';
import { meetingMessages } from './meeting';

export const serverMessages = {
  nb: { ...consentMessages.nb, ...documentMessages.nb, ...errorMessages.nb, ...exportMessages.nb, ...groupMessages.nb, ...meetingMessages.nb },
  nn: { ...consentMessages.nn, ...documentMessages.nn, ...errorMessages.nn, ...exportMessages.nn, ...groupMessages.nn, ...meetingMessages.nn },
  en: { ...consentMessages.en, ...documentMessages.en, ...errorMessages.en, ...exportMessages.en, ...groupMessages.en, ...meetingMessages.en },
};

export type ServerKey = keyof typeof serverMessages.nb;
