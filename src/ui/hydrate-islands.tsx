import { Fragment, type ComponentType, type ReactNode } from 'react';
import { hydrateRoot, type Root } from 'react-dom/client';
// The wrappers' style, for markup that no component of this module draws (prerendered).
import './island.css';

/** How to draw one kind of island from the props its markup carries. */
export type IslandRenderer = (props: unknown) => ReactNode;

/** An island kind for a component; its props are what Island wrote, read back from the markup. */
export function islandOf<P extends object>(Component: ComponentType<P>): IslandRenderer {
  // The props are ours, written by Island from the same component's props at build time.
  return (props) => <Component {...(props as P)} />;
}

const hydrated = new WeakSet<Element>();

/**
 * Hydrates every island under `container`, each as its own root, so each is its own short task.
 * React listens on a root from the moment it is created and replays a click that came before its
 * hydration finished, so a reader's early click is not lost. Islands live as long as the page.
 */
export function hydrateIslands(
  container: HTMLElement,
  kinds: Record<string, IslandRenderer>,
  wrap: (children: ReactNode) => ReactNode = (children) => <Fragment>{children}</Fragment>,
): Root[] {
  const roots: Root[] = [];
  for (const element of container.querySelectorAll<HTMLElement>('[data-island]')) {
    const render = kinds[element.dataset.island ?? ''];
    if (!render || hydrated.has(element)) continue;
    hydrated.add(element);
    const props: unknown = JSON.parse(element.dataset.islandProps ?? '{}');
    roots.push(hydrateRoot(element, wrap(render(props))));
  }
  return roots;
}
