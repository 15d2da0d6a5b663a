import { returnPathFrom, safeReturnPath, signInPath } from './sign-in-path';

describe('safeReturnPath', () => {
  it('keeps a path of the app with its query and fragment', () => {
    expect(safeReturnPath('/plan/3f2b8c1e-9a4d-4e2b-8f61-0c7d5a9e1b23')).toBe('/plan/3f2b8c1e-9a4d-4e2b-8f61-0c7d5a9e1b23');
    expect(safeReturnPath('/?person=p1#citizen-consents')).toBe('/?person=p1#citizen-consents');
  });

  it('refuses anything that could leave the app', () => {
    for (const value of [
      '//evil.example',
      '//evil.example/plan',
      '/\\evil.example',
      '\\\\evil.example',
      '/\t/evil.example',
      '/\n/evil.example',
      'https://evil.example',
      'javascript:alert(1)',
      'plan/1',
      '',
      null,
      undefined,
    ]) {
      expect({ value, path: safeReturnPath(value) }).toEqual({ value, path: null });
    }
  });

  it('does not return to the sign-in page itself', () => {
    expect(safeReturnPath('/logg-inn?neste=/plan/1')).toBeNull();
  });
});

describe('signInPath', () => {
  it('remembers the page and whether the session expired', () => {
    expect(signInPath()).toBe('/logg-inn');
    expect(signInPath({ returnTo: '/' })).toBe('/logg-inn');
    expect(signInPath({ returnTo: '/plan/1?x=2' })).toBe('/logg-inn?neste=%2Fplan%2F1%3Fx%3D2');
    expect(signInPath({ returnTo: '/plan/1', expired: true })).toBe('/logg-inn?neste=%2Fplan%2F1&utlopt=1');
    expect(signInPath({ returnTo: '//evil.example' })).toBe('/logg-inn');
  });

  it('reads the page back, or home', () => {
    expect(returnPathFrom(new URLSearchParams('neste=%2Fplan%2F1%3Fx%3D2'))).toBe('/plan/1?x=2');
    expect(returnPathFrom(new URLSearchParams('neste=%2F%2Fevil.example'))).toBe('/');
    expect(returnPathFrom(new URLSearchParams(''))).toBe('/');
  });
});
