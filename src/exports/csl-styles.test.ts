// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  CHICAGO,
  MLA,
  readPackagedStyle,
  registerStyles,
  spaceLocatorLabel,
  type CslElement,
} from './csl-styles';

const labels = (node: CslElement): CslElement[] =>
  node.children.flatMap((child) =>
    typeof child === 'string' ? [] : [...(child.name === 'label' ? [child] : []), ...labels(child)],
  );

describe('the packaged styles', () => {
  it('are the editions the dialog names, from the official styles repository', () => {
    const info = registerStyles();
    expect(info.chicago).toBe('Chicago Manual of Style 17th edition (full note)');
    expect(info.mla).toBe('Modern Language Association 9th edition');
    expect(info.apa).toBe('APA Style 7th edition');
    expect(info.stylesCommit).toMatch(/^[0-9a-f]{40}$/);
  });

  it('are read as CSL: a note style for Chicago, an in-text style for MLA', () => {
    expect(readPackagedStyle(CHICAGO)).toMatchObject({ name: 'style', attrs: { class: 'note' } });
    expect(readPackagedStyle(MLA)).toMatchObject({ name: 'style', attrs: { class: 'in-text' } });
    expect(() => readPackagedStyle('no-such-style')).toThrow(/no style named/);
  });
});

describe('spaceLocatorLabel', () => {
  it('gives MLA’s locator label the space the MLA Handbook writes (“art. 2”)', () => {
    const style = readPackagedStyle(MLA);
    const citation = (node: CslElement) =>
      node.children.find(
        (child) => typeof child !== 'string' && child.name === 'citation',
      ) as CslElement;
    const before = labels(citation(style)).filter((label) => label.attrs.variable === 'locator');
    expect(before.some((label) => !label.attrs.suffix)).toBe(true);
    const after = labels(citation(spaceLocatorLabel(style))).filter(
      (label) => label.attrs.variable === 'locator',
    );
    expect(after.every((label) => label.attrs.suffix === ' ')).toBe(true);
  });

  it('fails loudly once the style spaces its labels itself', () => {
    const fixed = spaceLocatorLabel(readPackagedStyle(MLA));
    expect(() => spaceLocatorLabel(fixed)).toThrow(/already spaces/);
  });
});
