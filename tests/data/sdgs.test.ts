// @vitest-environment node
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentsFileSchema } from '../../src/data/schemas/documents';
import {
  crimeCategoriesFileSchema,
  mdgsFileSchema,
  mdgVerdictSchema,
} from '../../src/data/schemas/reference';
import { sdgTargetId, sdgTargetOfId } from '../../src/data/sdg-ids';
import { sdgsFileSchema } from '../../src/data/schemas/sdgs';
import { checkSdgTargetsAgree } from '../../src/data/sdgs-query';
import { resolveSource } from '../../src/data/resolve-source';
import { selectDocuments } from '../../src/data/documents-query';
import { sdgTargetWordingAsRead } from './sdg-target-wording';

/* sdgs.json, and the MDG targets' 2015 results in mdgs.json, against the rules a schema cannot say. */

const read = (file: string): unknown =>
  JSON.parse(readFileSync(join(process.cwd(), 'public', 'data', file), 'utf8'));

const sdgs = sdgsFileSchema.parse(read('sdgs.json'));
const crimes = crimeCategoriesFileSchema.parse(read('crime-categories.json'));
const mdgs = mdgsFileSchema.parse(read('mdgs.json'));
const documents = documentsFileSchema.parse(read('documents.json'));
const index = selectDocuments(documents);
const targets = mdgs.goals.flatMap((goal) => goal.targets);

describe('sdgs.json', () => {
  it('lists the SDG targets the issue names, each worded in crime-categories.json', () => {
    for (const target of ['16.4', '16.5', '16.2', '5.2', '8.7', '10.7', '15.7', '15.c']) {
      expect(sdgs.targets).toContain(target);
    }
    expect(checkSdgTargetsAgree(sdgs, crimes)).toBeNull();
    const broken = { ...sdgs, targets: [...sdgs.targets, '16.3'] };
    expect(checkSdgTargetsAgree(broken, crimes)).toBe(
      'sdgs.json lists SDG target 16.3, whose wording crime-categories.json lacks',
    );
  });

  it('agrees with crime-categories.json on the Agenda', () => {
    const { title, adopted, goals, targets: count } = crimes.sdgAgenda;
    expect(sdgs.agenda).toMatchObject({ title, adopted, goals, targets: count });
  });

  it('gives the resolution symbol only with a source that was read in a copy', () => {
    expect(sdgs.agenda.symbol).toBe('A/RES/70/1');
    const symbolSource = sdgs.agenda.sources.find((source) => source.doc === 'a-res-70-1');
    expect(symbolSource?.readIn).toBe('a-res-70-1-copy');
    expect(resolveSource(symbolSource!, index)?.standing).not.toBe('primary');
  });

  it('pairs no MDG with SDGs without a source, and says so when it pairs none', () => {
    for (const pair of sdgs.mdgContinuity.pairs) expect(pair.sources.length).toBeGreaterThan(0);
    if (sdgs.mdgContinuity.pairs.length === 0) {
      expect(sdgs.mdgContinuity.note).toMatch(/does not pair them/);
    }
  });

  it('words each target as the page it is cited to prints it, read there', () => {
    /** Where a source was read: the copy named in readIn, else the document's own address. */
    const readAt = (source: (typeof crimes.sdgTargets)[number]['sources'][number]) =>
      source.readIn
        ? (index.copies[source.readIn]?.url ?? null)
        : (index.documents[source.doc]?.url ?? null);
    expect(crimes.sdgTargets.map((t) => t.target).sort()).toEqual(
      sdgTargetWordingAsRead.map((r) => r.target).sort(),
    );
    for (const target of crimes.sdgTargets) {
      const read = sdgTargetWordingAsRead.find((r) => r.target === target.target)!;
      expect(target.wording, target.target).toBe(read.wording);
      expect(target.sources.map(readAt), target.target).toContain(read.readAt);
      if (read.readAt === null) expect(read.unlinked?.length, target.target).toBeGreaterThan(20);
    }
  });

  it('every crime category that lists a target can be opened from the target, and back', () => {
    for (const category of crimes.categories) {
      for (const ref of category.sdgTargets) {
        expect(sdgs.targets, `${category.id} → ${ref.target}`).toContain(ref.target);
        expect(sdgTargetOfId(sdgTargetId(ref.target))).toBe(ref.target);
      }
    }
    expect(sdgTargetId('15.c')).toBe('sdg-15-c');
    expect(sdgTargetOfId('sdg-16-4')).toBe('16.4');
    expect(sdgTargetOfId('sdgs')).toBeNull();
  });
});

describe('the MDG targets’ 2015 results', () => {
  const verdicts = targets.flatMap((target) =>
    target.result2015?.verdict ? [{ target, verdict: target.result2015.verdict }] : [],
  );

  it('every verdict has a source in documents.json, and its own words', () => {
    expect(verdicts.length).toBeGreaterThan(0);
    for (const { target, verdict } of verdicts) {
      const resolved = resolveSource(verdict.source, index);
      expect(resolved, target.number).not.toBeNull();
      expect(resolved?.doc, target.number).toBeDefined();
      expect(resolved?.doc.url, target.number).toMatch(/^https?:\/\//);
      expect(verdict.statement.length, target.number).toBeGreaterThan(30);
    }
  });

  it('admits no verdict without a source or a statement', () => {
    const verdict = verdicts[0]!.verdict;
    expect(
      mdgVerdictSchema.safeParse({ status: verdict.status, statement: verdict.statement }).success,
    ).toBe(false);
    expect(
      mdgVerdictSchema.safeParse({ status: verdict.status, source: verdict.source }).success,
    ).toBe(false);
    expect(mdgVerdictSchema.safeParse(verdict).success).toBe(true);
  });

  it('holds the verdicts the UN summaries state, and no others', () => {
    // Each is read in a UNDP summary of the MDG Report 2015; a new one needs its source read.
    expect(
      Object.fromEntries(verdicts.map(({ target, verdict }) => [target.number, verdict.status])),
    ).toEqual({ '1.A': 'met', '2.A': 'not-met' });
  });

  it('notes the $1 / $1.25 line beside target 1.A', () => {
    const target = targets.find((candidate) => candidate.number === '1.A')!;
    expect(target.wording).toContain('one dollar a day');
    expect(target.result2015?.outcomes.some((outcome) => outcome.text.includes('$1.25'))).toBe(
      true,
    );
    expect(target.result2015?.measureNote?.text).toMatch(/one dollar a day.*\$1\.25/);
  });
});
