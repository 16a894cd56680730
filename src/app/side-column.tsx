import { ConventionPanel } from '../features/convention-panel/convention-panel';
import { CrimePanel } from '../features/crime-panel/crime-panel';
import { DefinitionView } from '../features/definition/definition-view';
import { MdgPanel } from '../features/mdg-panel/mdg-panel';
import { Legend } from '../features/legend/legend';
import SdgDefinition from '../features/sdgs/sdg-details';
import SdgPanel from '../features/sdgs/sdg-panel';
import { SdgDefinitionContext, type RenderSdgDefinition } from '../ui/sdg-definition';
import { startTransition, useEffect, useState } from 'react';
import { useReference } from '../data/use-reference';
import { ErrorBoundary } from './error-boundary';

/** How long slow files may hold the key and the panels back before they show with notices. */
const SLOW_FILES_MS = 1000;

const renderSdgDefinition: RenderSdgDefinition = (props) => <SdgDefinition {...props} />;

/** The definition view, the key to the highlights and the reference panels. */
export default function SideColumn() {
  // The key and the panels come once their files are in, drawn in a transition: drawn as each
  // file arrived, every arrival would redraw them in one task the reader cannot interrupt (a
  // store's update is never a transition), and with a card open (?open=) they would be pushed
  // down as the card filled in. A slow file holds them a second at most: then they show, with
  // their own loading notices. Only on arrival; after that nothing is held back.
  const { pending } = useReference();
  const [holding, setHolding] = useState(true);
  useEffect(() => {
    if (!holding) return;
    const reveal = () => startTransition(() => setHolding(false));
    if (!pending) return reveal();
    const timer = setTimeout(reveal, SLOW_FILES_MS);
    return () => clearTimeout(timer);
  }, [holding, pending]);

  return (
    <SdgDefinitionContext.Provider value={renderSdgDefinition}>
      <aside className="side" aria-label="Details and key">
        <ErrorBoundary fallbackTitle="The details could not be shown because of an error in the page.">
          <DefinitionView />
          {!holding && <Legend />}
        </ErrorBoundary>
        {!holding && (
          <ErrorBoundary fallbackTitle="The panels could not be shown because of an error in the page.">
            <ConventionPanel />
            <CrimePanel />
            <MdgPanel />
            <SdgPanel />
          </ErrorBoundary>
        )}
      </aside>
    </SdgDefinitionContext.Provider>
  );
}
