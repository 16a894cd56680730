import { describe, expect, it } from 'vitest';
import { readUrlState, writeUrlState } from './url-state';
import { emptyView, type View } from './view';

describe('URL state', () => {
  it('round-trips a view through a readable query string', () => {
    const view: View = {
      crimes: ['cyber-crime', 'smuggling-of-migrants'],
      topics: ['instrument'],
      open: 'trafficking-in-persons',
    };
    const search = writeUrlState(view);
    expect(search).toBe(
      '?crime=cyber-crime,smuggling-of-migrants&topic=instrument&open=trafficking-in-persons',
    );
    expect(readUrlState(search)).toEqual({ view, hasView: true, notices: [] });
  });

  it('writes nothing for the empty view, and reads nothing from an empty address', () => {
    expect(writeUrlState(emptyView)).toBe('');
    expect(readUrlState('')).toEqual({ view: emptyView, hasView: false, notices: [] });
  });

  it('drops unknown ids with a notice and keeps the rest', () => {
    const reading = readUrlState('?crime=piracy,cyber-crime&topic=weather');
    expect(reading.view).toEqual({ crimes: ['cyber-crime'], topics: [], open: null });
    expect(reading.notices).toEqual(['No crime type called “piracy”', 'No topic called “weather”']);
    expect(reading.hasView).toBe(true);
  });

  it('ignores duplicates, blanks and stray spaces', () => {
    expect(readUrlState('?crime=corruption,,corruption, money-laundering').view.crimes).toEqual([
      'corruption',
      'money-laundering',
    ]);
  });

  it('keeps parameters that belong to someone else', () => {
    expect(
      writeUrlState({ ...emptyView, open: 'untoc' }, '?utm_source=mail&crime=corruption'),
    ).toBe('?utm_source=mail&open=untoc');
  });
});
