/** Where KE and a coordinator see the mail sent about meetings (SentMailPage). */
export const SENT_MAIL_PATH = '/epost';
