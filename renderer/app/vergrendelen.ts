import { useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef } from 'react';
import { koers } from '../api/koers';

/** Forget every cached answer except the vault status, then ask the status again. */
export async function vergeetAlles(queryClient: QueryClient): Promise<void> {
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== 'kluisStatus' });
  await queryClient.refetchQueries({ queryKey: ['kluisStatus'] });
}

/** Locks the vault and drops every cached answer, so no personal data stays in the window. */
export function useVergrendelen(): () => Promise<void> {
  const queryClient = useQueryClient();
  return useCallback(async () => {
    await koers('kluisVergrendelen', {}).catch(() => undefined);
    await vergeetAlles(queryClient);
  }, [queryClient]);
}

const ACTIVITEIT = ['mousemove', 'mousedown', 'keydown', 'wheel', 'touchstart'] as const;

/** Ctrl+L, the menu item, and the idle timer (setting "vergrendelen na … minuten"). */
export function useAutomatischVergrendelen(minuten: number | undefined, vergrendel: () => Promise<void>): void {
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const queryClient = useQueryClient();

  useEffect(() => {
    if (!minuten) return;
    const herstart = () => {
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void vergrendel(), minuten * 60_000);
    };
    herstart();
    for (const soort of ACTIVITEIT) window.addEventListener(soort, herstart, { passive: true });
    return () => {
      clearTimeout(timer.current);
      for (const soort of ACTIVITEIT) window.removeEventListener(soort, herstart);
    };
  }, [minuten, vergrendel]);

  useEffect(() => {
    const sneltoets = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'l') {
        event.preventDefault();
        void vergrendel();
      }
    };
    window.addEventListener('keydown', sneltoets);
    // The menu locks in the main process; the window only has to forget and show the lock screen.
    const afmelden = window.koers.bijGebeurtenis('vergrendeld', () => void vergeetAlles(queryClient));
    return () => {
      window.removeEventListener('keydown', sneltoets);
      afmelden();
    };
  }, [vergrendel, queryClient]);
}
