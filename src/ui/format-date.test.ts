import { describe, expect, it } from 'vitest';
import { formatUnDate } from './format-date';

describe('formatUnDate', () => {
  it('writes dates in UN style, day month year', () => {
    expect(formatUnDate('2010-04-12')).toBe('12 April 2010');
    expect(formatUnDate('2003-09-29')).toBe('29 September 2003');
    expect(formatUnDate('2000-11-05')).toBe('5 November 2000');
  });

  it('writes a date known only to the month or year as far as it is known', () => {
    expect(formatUnDate('2013-02')).toBe('February 2013');
    expect(formatUnDate('2016')).toBe('2016');
    expect(formatUnDate('2013-13')).toBe('2013-13');
  });
});
