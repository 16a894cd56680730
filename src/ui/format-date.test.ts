import { describe, expect, it } from 'vitest';
import { formatUnDate } from './format-date';

describe('formatUnDate', () => {
  it('writes dates in UN style, day month year', () => {
    expect(formatUnDate('2010-04-12')).toBe('12 April 2010');
    expect(formatUnDate('2003-09-29')).toBe('29 September 2003');
    expect(formatUnDate('2000-11-05')).toBe('5 November 2000');
  });
});
