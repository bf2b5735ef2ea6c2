import { useEffect, useState } from 'react';

/**
 * False on the first render when `defer` is true, then true from the next task on (and true at once
 * when `defer` is false). A part that would make the first paint slow (60 groups × 24 cycles) mounts a
 * task later, so what comes with it (the member's name, profile and loyalty) is painted first.
 * Once true it stays true.
 */
export function useNextTask(defer: boolean): boolean {
  const [ready, setReady] = useState(!defer);
  useEffect(() => {
    if (ready) return;
    const timer = setTimeout(() => setReady(true), 0);
    return () => clearTimeout(timer);
  }, [ready]);
  return ready;
}
