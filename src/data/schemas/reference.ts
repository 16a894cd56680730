import { z } from 'zod';
import { entityIdSchema, isoDateSchema, sourceSchema, textSchema } from './common';
import { coreInstrumentIds, crimeCategoryIds, mdgIds, relatedInstrumentIds } from './ids';

export { coreInstrumentIds, crimeCategoryIds, mdgIds, relatedInstrumentIds };

/*
 * Schemas for the reference panels (public/data/*.json). The files are hand-checked facts, so the
 * schemas are strict: an unknown key is more likely a typo than a new field, and a typo in a fact
 * file should fail loudly rather than silently drop a citation.
 */

/** Bumped only when a file changes shape, so an old cached copy is rejected instead of misread. */
const versionSchema = z.literal(1);

/** A fact is only shown with where it comes from, so "no sources" must be unrepresentable. */
export const sourcesSchema = z.array(sourceSchema).min(1);

/*
 * Ids owned by the article data. They are listed here so that a reference file cannot point at an
 * entity the article does not have; the article data remains the source of truth for them.
 */
export const crimeCategoryIdSchema = z.enum(crimeCategoryIds);
export type CrimeCategoryId = z.infer<typeof crimeCategoryIdSchema>;

export const instrumentIdSchema = z.enum([...coreInstrumentIds, ...relatedInstrumentIds]);
export type InstrumentId = z.infer<typeof instrumentIdSchema>;

export const mdgIdSchema = z.enum(mdgIds);
export type MdgId = z.infer<typeof mdgIdSchema>;

/** Revised-framework numbering: goal digit, then a letter per target (1.A … 8.F). */
export const mdgTargetNumberSchema = z
  .string()
  .regex(/^[1-8]\.[A-F]$/, 'must be an MDG target number such as "3.A"');

/** SDG targets are numbered (16.4) or lettered for means of implementation (16.a). */
export const sdgTargetNumberSchema = z
  .string()
  .regex(/^(?:[1-9]|1[0-7])\.(?:[1-9]\d?|[a-c])$/, 'must be an SDG target number such as "16.4"');

/** The article's six body paragraphs; anchors are checked against the text, not just the id. */
export const paragraphIdSchema = z.enum(['p1', 'p2', 'p3', 'p4', 'p5', 'p6']);
export type ParagraphId = z.infer<typeof paragraphIdSchema>;

/**
 * A place in the article, given as verbatim text rather than offsets, so that the anchor survives
 * re-flowing of the article text and a test can prove the wording is really there.
 */
export const articleAnchorSchema = z.strictObject({
  paragraph: paragraphIdSchema,
  exact: textSchema,
});
export type ArticleAnchor = z.infer<typeof articleAnchorSchema>;

/** A statement plus its sources: the smallest unit the panels may display. */
export const sourcedTextSchema = z.strictObject({
  text: textSchema,
  sources: sourcesSchema,
});
export type SourcedText = z.infer<typeof sourcedTextSchema>;

/* ------------------------------------------------------------------------------------------------
 * mdgs.json
 * --------------------------------------------------------------------------------------------- */

/**
 * The article says the MDGs were "all by 2015"; deadlines are kept per target, quoted from the
 * wording, so the app can show which were not.
 */
export const mdgDeadlineSchema = z.strictObject({
  year: z.number().int().min(2000).max(2030),
  /** The phrase in the target's wording that sets the deadline, e.g. "preferably by 2005". */
  exact: textSchema,
});

/** A headline figure from The Millennium Development Goals Report 2015. */
export const mdgOutcomeSchema = z.strictObject({
  text: textSchema,
  source: sourceSchema,
});

export const mdgVerdicts = ['met', 'partly-met', 'not-met', 'no-2015-figure'] as const;
export type MdgVerdictStatus = (typeof mdgVerdicts)[number];

/**
 * Whether a target was met, only as a UN summary of the MDG Report 2015 states it: `statement`
 * is the source's own words, so the verdict is read, never worked out from the figures.
 */
export const mdgVerdictSchema = z.strictObject({
  status: z.enum(mdgVerdicts),
  statement: textSchema,
  source: sourceSchema,
});
export type MdgVerdict = z.infer<typeof mdgVerdictSchema>;

/** What 2015 showed for one target: its figures, a stated verdict, and a changed measure. */
export const mdgResultSchema = z.strictObject({
  outcomes: z.array(mdgOutcomeSchema),
  verdict: mdgVerdictSchema.optional(),
  /** Where the figure is measured differently from the target ($1 a day → $1.25). */
  measureNote: sourcedTextSchema.optional(),
});
export type MdgResult = z.infer<typeof mdgResultSchema>;

export const mdgTargetSchema = z
  .strictObject({
    number: mdgTargetNumberSchema,
    /** Official wording, limited to the part the reference file verifies against a primary copy. */
    wording: textSchema,
    sources: sourcesSchema,
    /**
     * The explanatory brackets of 8.A–8.C are known only from OCR-quality reproductions, so they
     * travel separately with their own (secondary) source instead of being mixed into `wording`.
     */
    parenthetical: z.strictObject({ text: textSchema, sources: sourcesSchema }).optional(),
    deadlines: z.array(mdgDeadlineSchema),
    baselineYear: z.number().int().min(1980).max(2000).optional(),
    /** One of the four targets added after the 2005 World Summit (the 18 → 21 revision). */
    addedInRevision: z.boolean().optional(),
    note: textSchema.optional(),
    result2015: mdgResultSchema.optional(),
  })
  .superRefine((target, ctx) => {
    target.deadlines.forEach((deadline, index) => {
      if (!target.wording.includes(deadline.exact)) {
        ctx.addIssue({
          code: 'custom',
          path: ['deadlines', index, 'exact'],
          message: `"${deadline.exact}" does not occur in the wording of target ${target.number}`,
        });
      }
      if (!deadline.exact.includes(String(deadline.year))) {
        ctx.addIssue({
          code: 'custom',
          path: ['deadlines', index, 'year'],
          message: `deadline phrase "${deadline.exact}" does not mention ${deadline.year}`,
        });
      }
    });
  });
export type MdgTarget = z.infer<typeof mdgTargetSchema>;

/** How closely a phrase of the article matches a goal; "loose" marks a paraphrase the app qualifies. */
export const mdgArticleLinkSchema = articleAnchorSchema.extend({
  fit: z.enum(['direct', 'loose']),
  note: textSchema.optional(),
});
export type MdgArticleLink = z.infer<typeof mdgArticleLinkSchema>;

export const mdgGoalSchema = z.strictObject({
  id: mdgIdSchema,
  number: z.number().int().min(1).max(8),
  title: textSchema,
  titleSources: sourcesSchema,
  targets: z.array(mdgTargetSchema).min(1),
  /** Figures for the goal as a whole, which no single target's result holds. */
  outcomes2015: z.array(mdgOutcomeSchema),
  /** Empty when the article has no phrase for the goal: absence is information, not a gap. */
  articleLinks: z.array(mdgArticleLinkSchema),
});
export type MdgGoal = z.infer<typeof mdgGoalSchema>;

export const mdgsFileSchema = z.strictObject({
  version: versionSchema,
  /** Matches the article-data entity for the MDGs as a whole. */
  id: z.literal('mdgs'),
  name: textSchema,
  declaration: z.strictObject({
    title: textSchema,
    symbol: textSchema,
    adopted: isoDateSchema,
    summit: z.strictObject({
      /** Article-data event id, so the panel can link to the event entity. */
      eventId: entityIdSchema,
      name: textSchema,
      place: textSchema,
      from: isoDateSchema,
      to: isoDateSchema,
    }),
    memberStates: z.number().int().positive(),
    headsOfStateOrGovernment: z.number().int().positive(),
    sources: sourcesSchema,
  }),
  framework: z.strictObject({
    goals: z.literal(8),
    original: z.strictObject({
      targets: z.number().int().positive(),
      indicators: z.number().int().positive(),
    }),
    revised: z.strictObject({
      targets: z.number().int().positive(),
      indicators: z.number().int().positive(),
    }),
    revisionNote: textSchema,
    sources: sourcesSchema,
  }),
  report2015: z.strictObject({
    title: textSchema,
    headlines: z.array(mdgOutcomeSchema).min(1),
  }),
  goals: z.array(mdgGoalSchema).length(8),
});
export type MdgsFile = z.infer<typeof mdgsFileSchema>;

/* ------------------------------------------------------------------------------------------------
 * instruments.json
 * --------------------------------------------------------------------------------------------- */

export const resolutionRefSchema = z.strictObject({
  symbol: z.string().regex(/^A\/RES\/\d+\/\d+$/, 'must be a General Assembly resolution symbol'),
  /** Only set where the annex number is confirmed; the reference file leaves several unconfirmed. */
  annex: textSchema.optional(),
});

export const adoptionSchema = z.strictObject({
  date: isoDateSchema,
  place: textSchema.optional(),
  /** Omitted where the resolution number is not confirmed (e.g. the cybercrime convention). */
  resolution: resolutionRefSchema.optional(),
  note: textSchema.optional(),
  sources: sourcesSchema,
});

/**
 * A treaty can open for signature "from the thirtieth day after its adoption": kept as words
 * rather than a computed date, because the computation is not in any source.
 */
export const signaturePeriodSchema = z
  .strictObject({
    place: textSchema,
    from: isoDateSchema.optional(),
    fromDescription: textSchema.optional(),
    to: isoDateSchema,
  })
  .refine((period) => period.from !== undefined || period.fromDescription !== undefined, {
    message: 'a signature period needs a start date or a description of its start',
  })
  .refine((period) => period.from === undefined || period.from <= period.to, {
    message: 'a signature period cannot end before it starts',
  });

export const openingForSignatureSchema = z.strictObject({
  article: textSchema.optional(),
  periods: z.array(signaturePeriodSchema).min(1),
  sources: sourcesSchema,
});

export const entryIntoForceSchema = z.strictObject({
  date: isoDateSchema,
  article: textSchema,
  sources: sourcesSchema,
});

/** A dated snapshot, never a live figure: the panel must always say "as at". */
export const partyCountSchema = z.strictObject({
  parties: z.number().int().nonnegative(),
  signatories: z.number().int().nonnegative().optional(),
  asOf: isoDateSchema,
  /** The day we read the figure on its status page, which may be long after `asOf`. */
  checked: isoDateSchema,
  source: sourceSchema,
});
export type PartyCount = z.infer<typeof partyCountSchema>;

export const keyArticleSchema = z.strictObject({
  /** Article number as printed ("6", "3(a)"). */
  article: textSchema,
  title: textSchema,
  sources: sourcesSchema,
});

/** Which crime category an instrument deals with, and where; mirrored in crime-categories.json. */
export const instrumentAddressesSchema = z.strictObject({
  crime: crimeCategoryIdSchema,
  pinpoint: textSchema,
  note: textSchema.optional(),
  sources: sourcesSchema,
});

export const instrumentSchema = z
  .strictObject({
    id: instrumentIdSchema,
    role: z.enum(['core', 'related']),
    kind: z.enum(['convention', 'protocol', 'agreement']),
    officialTitle: textSchema,
    titleSources: sourcesSchema,
    shortName: textSchema,
    otherNames: z.array(textSchema),
    /** The Protocols only exist alongside the Convention (UNTOC art. 37), so the link is data. */
    supplements: z.literal('untoc').optional(),
    adoption: adoptionSchema.optional(),
    openingForSignature: openingForSignatureSchema.optional(),
    entryIntoForce: entryIntoForceSchema.optional(),
    untcChapter: z
      .strictObject({
        id: z
          .string()
          .regex(/^[IVXL]+-\d+(?:-[a-z])?$/, 'must be a UNTC chapter id such as XVIII-12-a'),
        source: sourceSchema,
      })
      .optional(),
    registration: sourcedTextSchema.optional(),
    parties: z.array(partyCountSchema),
    keyArticles: z.array(keyArticleSchema),
    /** Term ids in terms.json that this instrument defines. */
    definesTerms: z.array(entityIdSchema),
    addresses: z.array(instrumentAddressesSchema),
    notes: z.array(sourcedTextSchema),
  })
  .superRefine((instrument, ctx) => {
    if (instrument.kind === 'protocol' && instrument.supplements !== 'untoc') {
      ctx.addIssue({
        code: 'custom',
        path: ['supplements'],
        message: 'every Protocol here supplements the Convention',
      });
    }
    if (instrument.role === 'core' && instrument.adoption === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['adoption'],
        message: 'the Convention and its Protocols must carry their adoption',
      });
    }
  });
export type Instrument = z.infer<typeof instrumentSchema>;

export const instrumentsFileSchema = z.strictObject({
  version: versionSchema,
  instruments: z.array(instrumentSchema).min(1),
});
export type InstrumentsFile = z.infer<typeof instrumentsFileSchema>;

/* ------------------------------------------------------------------------------------------------
 * terms.json
 * --------------------------------------------------------------------------------------------- */

/** A defined term used inside another definition, so the panel can cross-link them. */
export const termLinkSchema = z.strictObject({
  exact: textSchema,
  term: entityIdSchema,
});

export const termSchema = z
  .strictObject({
    id: entityIdSchema,
    term: textSchema,
    instrument: instrumentIdSchema,
    /** e.g. "art. 2(a)". */
    pinpoint: textSchema,
    /** Verbatim treaty text; multi-line definitions keep their line breaks as "\n". */
    text: z.string().min(1),
    sources: sourcesSchema,
    note: textSchema.optional(),
    links: z.array(termLinkSchema),
  })
  .superRefine((term, ctx) => {
    term.links.forEach((link, index) => {
      if (!term.text.includes(link.exact)) {
        ctx.addIssue({
          code: 'custom',
          path: ['links', index, 'exact'],
          message: `"${link.exact}" does not occur in the text of ${term.id}`,
        });
      }
      if (link.term === term.id) {
        ctx.addIssue({
          code: 'custom',
          path: ['links', index, 'term'],
          message: 'a definition should not link to itself',
        });
      }
    });
  });
export type Term = z.infer<typeof termSchema>;

export const termsFileSchema = z.strictObject({
  version: versionSchema,
  terms: z.array(termSchema).min(1),
});
export type TermsFile = z.infer<typeof termsFileSchema>;

/* ------------------------------------------------------------------------------------------------
 * crime-categories.json
 * --------------------------------------------------------------------------------------------- */

export const institutionalDescriptionSchema = z.strictObject({
  text: textSchema,
  /** True when `text` is a quotation; false when it is our paraphrase of the source. */
  quoted: z.boolean(),
  source: sourceSchema,
});

/**
 * Either a treaty defines the category (and the wording lives in terms.json), or none does and
 * the panel must say so plainly before offering a working description.
 */
export const crimeDefinitionSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('treaty'),
    term: entityIdSchema,
  }),
  z.strictObject({
    kind: z.literal('none'),
    explanation: textSchema,
    sources: sourcesSchema,
    description: institutionalDescriptionSchema.optional(),
    otherDescriptions: z.array(institutionalDescriptionSchema).optional(),
  }),
]);
export type CrimeDefinition = z.infer<typeof crimeDefinitionSchema>;

export const crimeInstrumentRefSchema = z.strictObject({
  instrument: instrumentIdSchema,
  pinpoint: textSchema,
  note: textSchema.optional(),
  sources: sourcesSchema,
});

/**
 * "names": the target's wording uses the category's own word; "covers": it names something the
 * category plainly includes (e.g. "illicit arms flows" for firearms trafficking).
 */
export const crimeSdgRefSchema = z.strictObject({
  target: sdgTargetNumberSchema,
  /** `linked`: the target's words name neither, but its source ties it to the category. */
  fit: z.enum(['names', 'covers', 'linked']),
  note: textSchema.optional(),
});

export const crimeCategorySchema = z.strictObject({
  id: crimeCategoryIdSchema,
  name: textSchema,
  /** The category as the article words it (verbatim, checked against the article text). */
  articleWording: textSchema,
  definition: crimeDefinitionSchema,
  /** Defined terms that help explain the category even where they do not define it. */
  relatedTerms: z.array(entityIdSchema),
  instruments: z.array(crimeInstrumentRefSchema),
  sdgTargets: z.array(crimeSdgRefSchema),
  notes: z.array(sourcedTextSchema),
});
export type CrimeCategory = z.infer<typeof crimeCategorySchema>;

export const sdgTargetSchema = z.strictObject({
  target: sdgTargetNumberSchema,
  wording: textSchema,
  sources: sourcesSchema,
});
export type SdgTarget = z.infer<typeof sdgTargetSchema>;

export const crimeCategoriesFileSchema = z.strictObject({
  version: versionSchema,
  sdgAgenda: z.strictObject({
    title: textSchema,
    adopted: isoDateSchema,
    goals: z.number().int().positive(),
    targets: z.number().int().positive(),
    sources: sourcesSchema,
  }),
  /** Kept once here and referenced by number, so a wording fix cannot drift between categories. */
  sdgTargets: z.array(sdgTargetSchema).min(1),
  /** Targets considered and left out, with the reason, so the omission is reviewable. */
  excludedSdgTargets: z.array(
    z.strictObject({ target: sdgTargetNumberSchema, reason: textSchema }),
  ),
  categories: z.array(crimeCategorySchema).min(1),
});
export type CrimeCategoriesFile = z.infer<typeof crimeCategoriesFileSchema>;

/* ------------------------------------------------------------------------------------------------
 * context-notes.json
 * --------------------------------------------------------------------------------------------- */

export const contextNoteSchema = z.strictObject({
  id: entityIdSchema,
  anchor: articleAnchorSchema,
  /** "qualification": the article simplifies; "omission": it leaves something out; "context": background. */
  kind: z.enum(['qualification', 'omission', 'context']),
  title: textSchema,
  text: textSchema,
  sources: sourcesSchema,
  related: z
    .strictObject({
      instruments: z.array(instrumentIdSchema).optional(),
      mdgTargets: z.array(mdgTargetNumberSchema).optional(),
      mdgs: z.array(mdgIdSchema).optional(),
    })
    .optional(),
});
export type ContextNote = z.infer<typeof contextNoteSchema>;

export const contextNotesFileSchema = z.strictObject({
  version: versionSchema,
  notes: z.array(contextNoteSchema).min(1),
});
export type ContextNotesFile = z.infer<typeof contextNotesFileSchema>;
