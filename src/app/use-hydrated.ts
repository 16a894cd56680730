import { startTransition, useEffect, useState } from 'react';

/**
 * False while the server renders and while the client hydrates that HTML, true from a render
 * soon after: for what the prerendered page leaves out and the client adds once it runs. That
 * render is a transition, so React draws what it adds (the side column, the timeline, the
 * handout) in slices of a few milliseconds, and a reader's click or key goes first.
 */
export function useHydrated(): boolean {
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => startTransition(() => setHydrated(true)), []);
  return hydrated;
}
