// Autosave of one field of the plan. What the coordinator types is kept in the browser at once
// (localStorage), with the version it started from, and saved after a pause or when the field is
// left. A lost network is retried with a growing delay (and at once when the browser is online
// again); a reload finds the unsaved text and saves it. When someone else saved the same field
// first the server answers CONFLICT, and the field offers both versions to merge.
import { useCallback, useEffect, useRef, useState } from 'react';
import { apiErrorInfo, errorCode } from '../../../apollo/errors';
import { usePushUndo, useReportSaveState } from './SaveStatus';

export type SaveState = 'idle' | 'saving' | 'saved' | 'retrying' | 'conflict' | 'invalid';

/** A save: the value, from the version the edit started at. Gives the record's version after it. */
export type SaveFn<T> = (value: T, expectedVersion: number) => Promise<number>;

interface Draft<T> {
  value: T;
  baseVersion: number;
}

const PREFIX = 'samhandling:draft:';
const DEBOUNCE_MS = 800;
const RETRY_MS = { first: 1000, max: 30_000 };

export function readDraft<T>(key: string): Draft<T> | null {
  try {
    const raw = localStorage.getItem(PREFIX + key);
    return raw ? (JSON.parse(raw) as Draft<T>) : null;
  } catch {
    return null;
  }
}

function writeDraft<T>(key: string, draft: Draft<T> | null): void {
  try {
    if (draft) localStorage.setItem(PREFIX + key, JSON.stringify(draft));
    else localStorage.removeItem(PREFIX + key);
  } catch {
    // A full or blocked storage: the field still saves, it only does not survive a reload.
  }
}

/** Whether any field of the plan has text that is not saved yet (drafts of this browser). */
export function hasDrafts(prefix: string): boolean {
  try {
    for (let i = 0; i < localStorage.length; i++) if (localStorage.key(i)?.startsWith(PREFIX + prefix)) return true;
  } catch {
    return false;
  }
  return false;
}

export interface Autosave<T> {
  value: T;
  setValue: (value: T) => void;
  /** Save now (the field was left). */
  flush: () => void;
  state: SaveState;
  /** The field's message after an invalid save (already translated by the API). */
  message: string | null;
  /** After CONFLICT: the saved value to merge with. */
  conflict: { theirs: T; mine: T } | null;
  /** Keep `value` (the merged text) over the saved one, from the saved version. */
  resolve: (value: T) => void;
}

/**
 * One autosaved field. `saved` and `version` are the server's (they change after any save and
 * with live updates); while the user has unsaved text it is kept, and the version it started
 * from is what the save names.
 */
export function useAutosave<T>({
  draftKey,
  saved,
  version,
  save,
  undoLabel,
  equal = Object.is,
}: {
  draftKey: string;
  saved: T;
  version: number;
  save: SaveFn<T>;
  /** Names the field in "undo": each save can be undone, putting back what it replaced. */
  undoLabel?: string;
  equal?: (a: T, b: T) => boolean;
}): Autosave<T> {
  const initialDraft = useRef(readDraft<T>(draftKey));
  const [value, setLocal] = useState<T>(() => initialDraft.current?.value ?? saved);
  const [state, setState] = useState<SaveState>(initialDraft.current ? 'retrying' : 'idle');
  const [message, setMessage] = useState<string | null>(null);
  const [conflict, setConflict] = useState<{ theirs: T; mine: T } | null>(null);
  // The version the unsaved edit started from; null when nothing is unsaved.
  const base = useRef<number | null>(initialDraft.current?.baseVersion ?? null);
  const pending = useRef<T | null>(initialDraft.current ? initialDraft.current.value : null);
  const inFlight = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const retryDelay = useRef(RETRY_MS.first);
  const pushUndo = usePushUndo();
  const latest = useRef({ saved, version, save, undoLabel, pushUndo });
  latest.current = { saved, version, save, undoLabel, pushUndo };
  useReportSaveState(draftKey, state);

  // The server's value shows whenever nothing unsaved is being kept.
  useEffect(() => {
    if (base.current === null && !conflict) setLocal(saved);
  }, [saved, conflict]);

  const run = useCallback(async () => {
    clearTimeout(timer.current);
    if (inFlight.current || pending.current === null || base.current === null) return;
    const value = pending.current;
    const expected = base.current;
    const previous = latest.current.saved;
    inFlight.current = true;
    setState('saving');
    try {
      const savedVersion = await latest.current.save(value, expected);
      inFlight.current = false;
      retryDelay.current = RETRY_MS.first;
      setMessage(null);
      if (pending.current === value) {
        pending.current = null;
        base.current = null;
        writeDraft(draftKey, null);
        setState('saved');
        const { undoLabel: label, save: saveAgain } = latest.current;
        if (label !== undefined) latest.current.pushUndo({ label, undo: () => saveAgain(previous, savedVersion) });
      } else {
        // Typed on while it saved: the next save starts from the version this one made.
        base.current = savedVersion;
        writeDraft(draftKey, { value: pending.current as T, baseVersion: base.current });
        void run();
      }
    } catch (error) {
      inFlight.current = false;
      const code = errorCode(error);
      if (code === 'CONFLICT') {
        setConflict({ theirs: latest.current.saved, mine: value });
        setState('conflict');
      } else if (code === 'BAD_USER_INPUT') {
        setMessage(apiErrorInfo(error)?.fields[0]?.message ?? apiErrorInfo(error)?.message ?? null);
        setState('invalid');
      } else {
        // The network or the server is away: keep trying, the text is safe in the draft.
        setState('retrying');
        timer.current = setTimeout(() => void run(), retryDelay.current);
        retryDelay.current = Math.min(retryDelay.current * 2, RETRY_MS.max);
      }
    }
  }, [draftKey]);

  // A draft found at start (a reload, a lost network) is saved again.
  useEffect(() => {
    if (pending.current !== null) void run();
    const online = () => {
      if (pending.current !== null && !inFlight.current) {
        retryDelay.current = RETRY_MS.first;
        void run();
      }
    };
    window.addEventListener('online', online);
    return () => {
      window.removeEventListener('online', online);
      clearTimeout(timer.current);
    };
  }, [run]);

  // The conflict's "theirs" follows the server while it is open (a refetch brings the latest).
  useEffect(() => {
    setConflict((current) => (current ? { ...current, theirs: saved } : current));
  }, [saved]);

  const setValue = useCallback(
    (next: T) => {
      setLocal(next);
      if (conflict) {
        setConflict((current) => (current ? { ...current, mine: next } : current));
        return;
      }
      if (base.current === null) {
        if (equal(next, latest.current.saved)) return;
        base.current = latest.current.version;
      }
      pending.current = next;
      writeDraft(draftKey, { value: next, baseVersion: base.current });
      if (state === 'invalid') setState('idle');
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void run(), DEBOUNCE_MS);
    },
    [conflict, draftKey, equal, run, state],
  );

  const flush = useCallback(() => {
    if (pending.current !== null && !conflict) void run();
  }, [conflict, run]);

  const resolve = useCallback(
    (merged: T) => {
      setConflict(null);
      setLocal(merged);
      if (equal(merged, latest.current.saved)) {
        pending.current = null;
        base.current = null;
        writeDraft(draftKey, null);
        setState('saved');
        return;
      }
      // Merged from the saved version: saved against it.
      base.current = latest.current.version;
      pending.current = merged;
      writeDraft(draftKey, { value: merged, baseVersion: base.current });
      void run();
    },
    [draftKey, equal, run],
  );

  return { value, setValue, flush, state, message, conflict, resolve };
}
