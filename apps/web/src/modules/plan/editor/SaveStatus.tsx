// What the editor says about saving, for the whole plan: every autosaved field reports its
// state here, and the page shows the one that matters most ("not saved, retrying" before
// "saving" before "saved"). The last changes can be undone, newest first.
import { Button, Paragraph } from '@digdir/designsystemet-react';
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { errorCode } from '../../../apollo/errors';
import { useT } from '../../../i18n';
import type { SaveState } from './autosave';

export interface UndoEntry {
  /** What the undo puts back, e.g. "Hva er viktig for deg?". */
  label: string;
  undo: () => Promise<unknown>;
}

interface SaveStatusValue {
  report: (key: string, state: SaveState) => void;
  forget: (key: string) => void;
  pushUndo: (entry: UndoEntry) => void;
}

const SaveStatusContext = createContext<SaveStatusValue | null>(null);

/** Reports a field's save state to the page's indicator (nothing outside an editor). */
export function useReportSaveState(key: string, state: SaveState): void {
  const context = useContext(SaveStatusContext);
  useEffect(() => {
    context?.report(key, state);
  }, [context, key, state]);
  useEffect(() => () => context?.forget(key), [context, key]);
}

export function usePushUndo(): (entry: UndoEntry) => void {
  const context = useContext(SaveStatusContext);
  return useCallback((entry: UndoEntry) => context?.pushUndo(entry), [context]);
}

const ORDER: SaveState[] = ['retrying', 'conflict', 'invalid', 'saving', 'saved', 'idle'];
const UNDO_DEPTH = 20;

export function SaveStatusProvider({ children }: { children: ReactNode }) {
  const [states, setStates] = useState<Record<string, SaveState>>({});
  const [undos, setUndos] = useState<UndoEntry[]>([]);
  const value = useMemo<SaveStatusValue>(
    () => ({
      report: (key, state) => setStates((current) => (current[key] === state ? current : { ...current, [key]: state })),
      forget: (key) =>
        setStates((current) => {
          if (!(key in current)) return current;
          const { [key]: _gone, ...rest } = current;
          return rest;
        }),
      pushUndo: (entry) => setUndos((current) => [entry, ...current].slice(0, UNDO_DEPTH)),
    }),
    [],
  );
  const overall = ORDER.find((state) => Object.values(states).includes(state)) ?? 'idle';
  return (
    <SaveStatusContext.Provider value={value}>
      <SaveStatusBar state={overall} undos={undos} onUndone={() => setUndos((current) => current.slice(1))} />
      {children}
    </SaveStatusContext.Provider>
  );
}

function SaveStatusBar({ state, undos, onUndone }: { state: SaveState; undos: UndoEntry[]; onUndone: () => void }) {
  const t = useT();
  const [undoing, setUndoing] = useState(false);
  const [undoFailed, setUndoFailed] = useState<string | null>(null);
  const mounted = useRef(true);
  useEffect(() => () => void (mounted.current = false), []);
  const last = undos[0];
  const undo = async () => {
    if (!last) return;
    setUndoing(true);
    setUndoFailed(null);
    try {
      await last.undo();
      onUndone();
    } catch (error) {
      setUndoFailed(errorCode(error) === 'CONFLICT' ? t('web.planEditor.undoConflict') : t('web.planEditor.undoFailed'));
    } finally {
      if (mounted.current) setUndoing(false);
    }
  };
  return (
    <div className="app-save-status" data-state={state}>
      <Paragraph data-size="sm" role="status" aria-live="polite" data-testid="save-status">
        {t(`web.planEditor.saveState.${state}`)}
      </Paragraph>
      {last ? (
        <Button type="button" variant="tertiary" data-size="sm" onClick={() => void undo()} loading={undoing} disabled={undoing}>
          {t('web.planEditor.undo', { what: last.label })}
        </Button>
      ) : null}
      {undoFailed ? (
        <Paragraph data-size="sm" role="alert">
          {undoFailed}
        </Paragraph>
      ) : null}
    </div>
  );
}
