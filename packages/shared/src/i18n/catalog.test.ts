import { catalogProblems } from './check';
import { serverMessages } from './server';
import { en } from './en';
import { translate } from './index';
import { nb } from './nb';
import { nn } from './nn';

describe('the message catalogues', () => {
  it('hold the same keys, messages translate() can format and the same placeholders in nb, nn and en', () => {
    expect(catalogProblems(nb, { nb, nn, en })).toEqual([]);
  });

  it('hold the server\'s own messages (documents, errors) in the same way, apart from the app\'s', () => {
    const { nb: source, nn: nynorsk, en: english } = serverMessages;
    expect(catalogProblems(source as never, { nb: source, nn: nynorsk, en: english })).toEqual([]);
    expect(Object.keys(source).filter((key) => key in nb)).toEqual([]);
  });

  it('reports a missing key, an extra key, a broken message and a renamed placeholder', () => {
    const broken = { ...nn, 'web.person.age': '{alder} år', 'no.such.key': 'x', 'validation.tooLong': 'Høgst {max tegn' } as Record<string, string>;
    delete broken['app.name'];
    expect(catalogProblems(nb, { nn: broken })).toEqual(
      expect.arrayContaining([
        'nn: missing app.name',
        'nn: no.such.key is not in the source catalogue',
        expect.stringMatching(/^nn validation.tooLong: not a message translate\(\) can format/),
        'nn web.person.age: placeholders {alder} differ from the source\'s {age}',
      ]),
    );
  });

  it('reports ICU that translate() does not format', () => {
    const messages = {
      'web.person.age': '{age, number} år',
      'validation.tooLong': 'Høgst <b>{max}</b> teikn',
      'app.name': "'{'Samhandling'}'",
    };
    expect(catalogProblems(nb, { nn: { ...nn, ...messages } })).toEqual([
      expect.stringMatching(/^nn app.name: not a message translate\(\) can format \(apostrophe quoting/),
      expect.stringMatching(/^nn validation.tooLong: not a message translate\(\) can format \(tags/),
      expect.stringMatching(/^nn web.person.age: not a message translate\(\) can format \("number" arguments/),
    ]);
  });

  it('chooses plural forms per language', () => {
    expect(translate('nb', 'web.accessLog.times', { count: 1 })).toBe('1 gang');
    expect(translate('nb', 'web.accessLog.times', { count: 3 })).toBe('3 ganger');
    expect(translate('nn', 'web.accessLog.times', { count: 3 })).toBe('3 gonger');
    expect(translate('en', 'web.accessLog.times', { count: 1 })).toBe('once');
  });

  it('fills placeholders and falls back to bokmål for an unknown language', () => {
    expect(translate('en', 'signIn.signInAs', { name: 'Sofie Berg' })).toBe('Sign in as Sofie Berg');
    expect(translate('xx' as never, 'signIn.signInAs', { name: 'Sofie Berg' })).toBe('Logg inn som Sofie Berg');
  });
});
