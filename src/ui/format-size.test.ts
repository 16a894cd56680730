import { expect, it } from 'vitest';
import { formatSize } from './format-size';

it('gives bytes below a kilobyte, and kilobytes of 1,024 bytes to one decimal above', () => {
  expect(formatSize(512)).toBe('512 bytes');
  expect(formatSize(1024)).toBe('1.0 KB');
  expect(formatSize(63_188)).toBe('61.7 KB');
});
