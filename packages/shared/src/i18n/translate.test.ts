// The browser's translate: only bokmål is built in; a language fetched later replaces the
// bokmål messages shown meanwhile, also those already formatted once.
import { en } from './en';

type Translate = typeof import('./translate');

function freshTranslate(): Translate {
  let module: Translate | undefined;
  jest.isolateModules(() => {
    module = jest.requireActual<Translate>('./translate');
  });
  return module!;
}

describe('translate with registered catalogues', () => {
  it('has bokmål only until another language is registered', () => {
    const { hasCatalog, translate } = freshTranslate();
    expect(hasCatalog('nb')).toBe(true);
    expect(hasCatalog('en')).toBe(false);
    expect(translate('en', 'nav.language')).toBe(translate('nb', 'nav.language'));
  });

  it('uses a registered language at once, though the bokmål fallback was formatted before', () => {
    const { registerCatalog, translate, hasCatalog } = freshTranslate();
    const before = translate('en', 'nav.language');
    registerCatalog('en', en);
    expect(hasCatalog('en')).toBe(true);
    expect(translate('en', 'nav.language')).toBe(en['nav.language']);
    expect(en['nav.language']).not.toBe(before);
  });
});
