// What the web app imports as @samhandling/shared: everything but the other languages' messages
// and the server's own, which the browser does not need (it fetches the language the user chooses).
export * from './roles';
export * from './ids';
export * from './i18n/translate';
export * from './time';
export * from './national-id';
export * from './life-phases';
