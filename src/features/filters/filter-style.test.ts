import { describe, expect, it } from 'vitest';
import { colourLiterals } from '../../ui/theme/colour-literals';
import { filterCss } from './filter-style';

describe('the filters’ stylesheet', () => {
  it('takes its colours from the theme tokens, so a filter reads in every theme', () => {
    expect(colourLiterals(filterCss())).toEqual([]);
  });

  it('marks a match in forced-colors mode, where its tint and ring are dropped', () => {
    expect(filterCss()).toMatch(/@media \(forced-colors: active\)[\s\S]*outline/);
  });
});
