export * from './roles';
export * from './i18n';
export * from './time';
