import { render, screen } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { instrumentsFileSchema, type PartyCount } from '../data/schemas/reference';
import { NO_APRIL_2010_COUNT, splitPartyCounts } from './party-counts';
import { ThenAndNow } from './then-and-now';

const { instruments } = instrumentsFileSchema.parse(
  JSON.parse(readFileSync(join(process.cwd(), 'public', 'data', 'instruments.json'), 'utf8')),
);

const count = (parties: number, asOf: string): PartyCount => ({
  parties,
  asOf,
  checked: '2026-12-02',
  source: { doc: 'untoc', pinpoint: 'status' },
});
const show = (c: PartyCount) => `${c.parties} parties as at ${c.asOf}`;

function rows(counts: PartyCount[], adopted = '2000-11-15') {
  render(
    <dl>
      <ThenAndNow counts={counts} adopted={adopted} renderCount={show} />
    </dl>,
  );
  return [...document.querySelectorAll('dt')].map(
    (dt) => `${dt.textContent}: ${dt.nextElementSibling?.textContent}`,
  );
}

describe('parties then and now', () => {
  it('puts a count dated April 2010 beside the latest, and no other count in its place', () => {
    expect(
      rows([count(192, '2024-05-04'), count(147, '2008-10-07'), count(150, '2010-04-09')]),
    ).toEqual([
      'Parties in April 2010: 150 parties as at 2010-04-09',
      'Parties, latest count: 192 parties as at 2024-05-04',
      'Parties: 147 parties as at 2008-10-07',
    ]);
    // March or May 2010 is not April 2010: the card says none was found rather than move it.
    expect(splitPartyCounts([count(149, '2010-03-31'), count(151, '2010-05-01')]).then).toBe(
      undefined,
    );
  });

  it('says plainly where no count for April 2010 was found, beside the latest', () => {
    expect(rows([count(192, '2024-05-04')])).toEqual([
      `Parties in April 2010: ${NO_APRIL_2010_COUNT}`,
      'Parties, latest count: 192 parties as at 2024-05-04',
    ]);
  });

  it('gives a treaty made after April 2010 no "then"', () => {
    expect(rows([count(3, '2026-01-01')], '2024-12-24')).toEqual([
      'Parties: 3 parties as at 2026-01-01',
    ]);
  });

  it('gives every treaty of the time in instruments.json its April 2010 row, count or absence', () => {
    const dated = instruments.filter(
      (instrument) =>
        instrument.parties.length > 0 && (instrument.adoption?.date ?? '9999') < '2010-04-12',
    );
    expect(dated.map((instrument) => instrument.id)).toEqual(
      expect.arrayContaining(['untoc', 'trafficking-protocol', 'smuggling-protocol']),
    );
    for (const instrument of dated) {
      const april = instrument.parties.filter((c) => c.asOf.startsWith('2010-04'));
      render(
        <dl data-testid={instrument.id}>
          <ThenAndNow
            counts={instrument.parties}
            adopted={instrument.adoption?.date}
            renderCount={show}
          />
        </dl>,
      );
      const then = screen.getByTestId(instrument.id).querySelector('dd');
      expect(then, instrument.id).toHaveTextContent(
        april.length > 0 ? show(april.at(-1)!) : NO_APRIL_2010_COUNT,
      );
    }
  });
});
