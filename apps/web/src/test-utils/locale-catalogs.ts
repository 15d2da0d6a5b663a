// Jest's stand-in for the build's virtual module (vite.config.ts, localeCatalogs): the tests import
// @samhandling/shared whole, so every language is registered and these are not called.
import { en } from '../../../../packages/shared/src/i18n/en';
import { nn } from '../../../../packages/shared/src/i18n/nn';

export const catalogLoaders = { nn: () => Promise.resolve(nn), en: () => Promise.resolve(en) };
