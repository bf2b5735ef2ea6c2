import { createContext, use, useEffect, useState, type ReactNode } from 'react';

/**
 * The injectable clock. Everything that reads "now" (days left, pace, at risk) takes it from here, so
 * a test fixes it with `<NowProvider now={…}>` and Playwright with `page.clock`. Pure functions take
 * `now` as an argument and never call `Date.now()` themselves.
 */
const NowContext = createContext<number | null>(null);

/** Real time moves on once a minute: "days left" changes at midnight, not every second. */
const TICK_MS = 60_000;

function useTickingNow(enabled: boolean): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!enabled) return;
    const timer = setInterval(() => setNow(Date.now()), TICK_MS);
    return () => clearInterval(timer);
  }, [enabled]);
  return now;
}

/**
 * Provides "now" (epoch ms) to what it wraps: `now` when given, else an outer provider's, else real
 * time refreshed every minute.
 */
export function NowProvider({ now, children }: { now?: number; children: ReactNode }) {
  const outer = use(NowContext);
  const ticking = useTickingNow(now === undefined && outer === null);
  return <NowContext value={now ?? outer ?? ticking}>{children}</NowContext>;
}

/** "Now" in epoch ms; without a provider, the moment the component first rendered. */
export function useNow(): number {
  const provided = use(NowContext);
  const [mounted] = useState(() => Date.now());
  return provided ?? mounted;
}
