import { useEffect, useState } from 'react';

/**
 * False on the first render when `defer` is true, then true once the browser has painted that render
 * (the next animation frame, then the task after it); true at once when `defer` is false. A part that
 * would make the first paint slow (60 groups × 24 cycles) mounts after that paint, so what comes with
 * it (the member's name, profile and loyalty) is on screen first. Once true it stays true.
 */
export function useNextTask(defer: boolean): boolean {
  const [ready, setReady] = useState(!defer);
  useEffect(() => {
    if (ready) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const afterPaint = () => {
      timer = setTimeout(() => setReady(true), 0);
    };
    // A frame callback runs just before the paint; the timer it sets runs after it.
    const frame = typeof requestAnimationFrame === 'function' ? requestAnimationFrame(afterPaint) : null;
    if (frame === null) afterPaint();
    return () => {
      if (frame !== null) cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [ready]);
  return ready;
}
