export * from './roles';
export * from './ids';
export * from './i18n';
export * from './time';
export * from './national-id';
export * from './life-phases';
