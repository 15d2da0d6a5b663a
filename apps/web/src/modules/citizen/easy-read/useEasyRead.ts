// Whether the person reads their plan in easy-read form: their choice, kept in this browser.
import { useCallback, useState } from 'react';

const KEY = 'samhandling:easyRead';

function stored(): boolean {
  try {
    return localStorage.getItem(KEY) === '1';
  } catch {
    return false;
  }
}

export function useEasyRead(): [boolean, (on: boolean) => void] {
  const [on, setOn] = useState(stored);
  const set = useCallback((next: boolean) => {
    setOn(next);
    try {
      if (next) localStorage.setItem(KEY, '1');
      else localStorage.removeItem(KEY);
    } catch {
      // Not kept: the choice holds until the page is left.
    }
  }, []);
  return [on, set];
}
