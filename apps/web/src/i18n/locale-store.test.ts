import { getLocale, LOCALE_STORAGE_KEY, readStoredLocale, setLocale, subscribeLocale } from './locale-store';

describe('locale store', () => {
  it('starts from the stored choice, and falls back to bokmål', () => {
    expect(readStoredLocale()).toBe('nb');
    window.localStorage.setItem(LOCALE_STORAGE_KEY, 'nn');
    expect(readStoredLocale()).toBe('nn');
    window.localStorage.setItem(LOCALE_STORAGE_KEY, 'sv');
    expect(readStoredLocale()).toBe('nb');
  });

  it('stores a new choice, sets <html lang> and tells subscribers', () => {
    const listener = jest.fn();
    const unsubscribe = subscribeLocale(listener);
    setLocale('en');
    unsubscribe();
    setLocale('nn');

    expect(listener).toHaveBeenCalledTimes(1);
    expect(listener).toHaveBeenCalledWith('en');
    expect(getLocale()).toBe('nn');
    expect(window.localStorage.getItem(LOCALE_STORAGE_KEY)).toBe('nn');
    expect(document.documentElement.lang).toBe('nn');
  });
});
