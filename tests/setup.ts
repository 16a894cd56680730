import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';
import { resetExplorerStore } from '../src/state/explorer-store';

// The first render of a file waits for the lazily loaded validators, the side column's code
// (transformed on first import) and the data files; on a two-core machine that other builds
// keep busy (load 12–15) that has taken longer than 5 s, so a wait may take up to 15.
configure({ asyncUtilTimeout: 15_000 });

afterEach(() => {
  cleanup();
  resetExplorerStore();
});
