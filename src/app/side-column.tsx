import { ConventionPanel } from '../features/convention-panel/convention-panel';
import { CrimePanel } from '../features/crime-panel/crime-panel';
import { DefinitionView } from '../features/definition/definition-view';
import { MdgPanel } from '../features/mdg-panel/mdg-panel';
import { Legend } from '../features/legend/legend';
import SdgDefinition from '../features/sdgs/sdg-details';
import SdgPanel from '../features/sdgs/sdg-panel';
import { SdgDefinitionContext, type RenderSdgDefinition } from '../ui/sdg-definition';
import { useState } from 'react';
import { useOpenDefinitionId } from '../state/explorer-store';
import { useReference } from '../data/use-reference';
import { ErrorBoundary } from './error-boundary';

const renderSdgDefinition: RenderSdgDefinition = (props) => <SdgDefinition {...props} />;

/** The definition view, the key to the highlights and the reference panels. */
export default function SideColumn() {
  // An address that opens a definition (?open=) shows the card first and the rest of the column
  // once the card's files are in: shown at once, the key and the panels would be pushed down as
  // the card filled in. Only on arrival; after that nothing is held back.
  const openId = useOpenDefinitionId();
  const { pending } = useReference();
  const [holding, setHolding] = useState(openId !== null);
  if (holding && !pending) setHolding(false);

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
