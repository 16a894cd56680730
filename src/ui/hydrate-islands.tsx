import { Fragment, type ComponentType, type ReactNode } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { IslandHydrated } from './island';
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
 * Islands live as long as the page. Resolves once every one of them has hydrated.
 */
export function hydrateIslands(
  container: HTMLElement,
  kinds: Record<string, IslandRenderer>,
  wrap: (children: ReactNode) => ReactNode = (children) => <Fragment>{children}</Fragment>,
): Promise<void> {
  const done: Promise<void>[] = [];
  for (const element of container.querySelectorAll<HTMLElement>('[data-island]')) {
    const render = kinds[element.dataset.island ?? ''];
    if (!render || hydrated.has(element)) continue;
    hydrated.add(element);
    const props: unknown = JSON.parse(element.dataset.islandProps ?? '{}');
    done.push(
      new Promise((resolve) => {
        hydrateRoot(
          element,
          <IslandHydrated onHydrated={resolve}>{wrap(render(props))}</IslandHydrated>,
        );
      }),
    );
  }
  return Promise.all(done).then(() => undefined);
}
