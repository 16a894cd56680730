import { ConventionPanel } from '../features/reference/convention-panel';
import { CrimePanel } from '../features/reference/crime-panel';
import { DefinitionView } from '../features/reference/definition-view';
import { MdgPanel } from '../features/reference/mdg-panel';
import { Legend } from '../features/legend/legend';
import { ErrorBoundary } from './error-boundary';

/** The definition view, the key to the highlights and the three reference panels. */
export default function SideColumn() {
  return (
    <aside className="side" aria-label="Details and key">
      <ErrorBoundary fallbackTitle="The details could not be shown because of an error in the page.">
        <DefinitionView />
        <Legend />
      </ErrorBoundary>
      <ErrorBoundary fallbackTitle="The panels could not be shown because of an error in the page.">
        <ConventionPanel />
        <CrimePanel />
        <MdgPanel />
      </ErrorBoundary>
    </aside>
  );
}
