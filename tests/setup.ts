import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { resetExplorerStore } from '../src/state/explorer-store';

afterEach(() => {
  cleanup();
  resetExplorerStore();
});
