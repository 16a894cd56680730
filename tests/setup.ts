import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';
import { resetExplorerStore } from '../src/state/explorer-store';

// findBy* waits this long; a loaded two-core CI machine can take seconds to render the app.
configure({ asyncUtilTimeout: 5000 });

afterEach(() => {
  cleanup();
  resetExplorerStore();
});
