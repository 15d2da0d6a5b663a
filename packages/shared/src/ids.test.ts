import { isUuid } from './ids';

describe('isUuid', () => {
  it('accepts a UUID in either case', () => {
    expect(isUuid('3f2b8c1e-9a4d-4e2b-8f61-0c7d5a9e1b23')).toBe(true);
    expect(isUuid('3F2B8C1E-9A4D-4E2B-8F61-0C7D5A9E1B23')).toBe(true);
  });

  it('refuses anything else', () => {
    for (const value of ['', 'not-a-uuid', '3f2b8c1e-9a4d-4e2b-8f61-0c7d5a9e1b2', '3f2b8c1e9a4d4e2b8f610c7d5a9e1b23', ' 3f2b8c1e-9a4d-4e2b-8f61-0c7d5a9e1b23', '3f2b8c1e-9a4d-4e2b-8f61-0c7d5a9e1b23/x']) {
      expect(isUuid(value)).toBe(false);
    }
  });
});
