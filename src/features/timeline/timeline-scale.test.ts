import { describe, expect, it } from 'vitest';
import { formatSpan, labelledYears, positionOf, todayIso } from './timeline-scale';

describe('the timeline axis', () => {
  it('runs from 1 January 2000 to 2030', () => {
    expect(positionOf('2000-01-01')).toBe(0);
    expect(positionOf('2030')).toBe(1);
    expect(positionOf('2015')).toBeCloseTo(0.5, 3);
    expect(positionOf('2010-04-12')).toBeGreaterThan(positionOf('2010'));
    expect(positionOf('2010-04-12')).toBeLessThan(positionOf('2011'));
  });

  it('labels every fifth year', () => {
    expect(labelledYears).toEqual([2000, 2005, 2010, 2015, 2020, 2025, 2030]);
  });
});

describe('formatSpan', () => {
  it('writes days, spans within a month, across months and across years in UN style', () => {
    expect(formatSpan('2000-09-08')).toBe('8 September 2000');
    expect(formatSpan('2000-09-06', '2000-09-08')).toBe('6–8 September 2000');
    expect(formatSpan('2025-10-25', '2025-11-02')).toBe('25 October – 2 November 2025');
    expect(formatSpan('2025-12-30', '2026-01-02')).toBe('30 December 2025 – 2 January 2026');
    expect(formatSpan('2015')).toBe('2015');
  });

  it('takes today in UTC', () => {
    expect(todayIso(new Date(Date.UTC(2026, 11, 2, 23, 59)))).toBe('2026-12-02');
  });
});
