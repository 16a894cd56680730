import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';
import { resetExplorerStore } from '../src/state/explorer-store';

// The first render of a file waits for the lazily loaded validators and both data files; on a
// busy two-core machine that takes longer than Testing Library's default second.
configure({ asyncUtilTimeout: 5000 });

afterEach(() => {
  cleanup();
  resetExplorerStore();
});
