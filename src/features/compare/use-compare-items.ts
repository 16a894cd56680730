import { useCallback, useEffect, useState } from 'react';
import { compareHref } from '../../ui/compare/compare-href';
import { parseItems } from './compare-items';

/**
 * The items being compared live in the address (`?items=a,b`), so a comparison can be shared
 * and Back walks through the changes. The address is this page's whole state, which is why it
 * is kept here rather than in the explorer's store, which belongs to the explorer page.
 */
export function useCompareItems(): [string[], (next: string[]) => void] {
  const [items, setItems] = useState(() => parseItems(window.location.search));
  useEffect(() => {
    const onPop = () => setItems(parseItems(window.location.search));
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);
  const update = useCallback((next: string[]) => {
    window.history.pushState(null, '', compareHref(next) + window.location.hash);
    setItems(next);
  }, []);
  return [items, update];
}
