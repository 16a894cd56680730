import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';
import { resetExplorerStore } from '../src/state/explorer-store';

// The first render of a file waits for the lazily loaded validators and the data files; on a
// two-core machine whose cores are busy with other work that has taken 13 s (a role query over
// the whole page is slow in jsdom). A ceiling on waiting for what the reader would see.
configure({ asyncUtilTimeout: 30_000 });

afterEach(() => {
  cleanup();
  resetExplorerStore();
});
