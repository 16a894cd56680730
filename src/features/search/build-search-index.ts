import type { ArticleFile } from '../../data/schemas/article';
import type { EntitiesFile, EntityType } from '../../data/schemas/entities';
import type {
  CrimeCategoriesFile,
  InstrumentsFile,
  MdgsFile,
  TermsFile,
} from '../../data/schemas/reference';
import { sdgTargetId } from '../../data/sdg-ids';
import type { SdgsFile } from '../../data/schemas/sdgs';
import { normalise, type NormalisedText } from './normalise';

/** The kinds of result, in the order the results list shows them. */
export const SEARCH_GROUPS = [
  { id: 'crime', label: 'Crime categories' },
  { id: 'instrument', label: 'Instruments' },
  { id: 'goal', label: 'Goals' },
  { id: 'term', label: 'Terms' },
  { id: 'name', label: 'People, organizations, places and events' },
  { id: 'passage', label: 'Passages in the article' },
] as const;

export type SearchGroupId = (typeof SEARCH_GROUPS)[number]['id'];

/**
 * How much a match in a field says about the entry: a name is what the thing is called, an
 * alias another thing it is called, a body text merely mentions the words.
 */
export type FieldRole = 'name' | 'alias' | 'body';

export type SearchField = {
  role: FieldRole;
  /** Shown before a match in this field when it is not the result's title ("Also called"). */
  label: string | null;
  text: string;
  normalised: NormalisedText;
};

export type SearchTarget = { type: 'definition'; id: string } | { type: 'passage'; source: string };

export type SearchEntry = {
  key: string;
  group: SearchGroupId;
  title: string;
  target: SearchTarget;
  fields: SearchField[];
};

/**
 * What one data file contributes. The same thing can come from two files (a crime category is
 * also an entity of the article), so parts are merged by key; `titleRank` says whose title wins.
 */
export type SearchPart = SearchEntry & { titleRank: number };

/* The article's own name for a thing beats a reference file's, as in the definition view. */
const ENTITY_TITLE = 0;
const REFERENCE_TITLE = 1;

export const searchField = (
  role: FieldRole,
  text: string,
  label: string | null = null,
): SearchField => ({ role, label, text, normalised: normalise(text) });

const definition = (id: string): SearchTarget => ({ type: 'definition', id });
const definitionKey = (id: string) => `definition-${id}`;

const GROUP_OF_ENTITY_TYPE: Record<EntityType, SearchGroupId> = {
  crime: 'crime',
  instrument: 'instrument',
  goal: 'goal',
  organization: 'name',
  person: 'name',
  place: 'name',
  event: 'name',
};

/*
 * One function per data file, each a query's `select`: module-level, so react-query memoises the
 * result on the loaded file and the texts are normalised once, not on every keystroke.
 */

export function articleSearchParts(article: ArticleFile): SearchPart[] {
  return article.paragraphs.map((paragraph, index) => ({
    key: `passage-${paragraph.id}`,
    group: 'passage',
    title: `Paragraph ${index + 1}`,
    target: { type: 'passage', source: paragraph.id },
    fields: [searchField('body', paragraph.text)],
    titleRank: REFERENCE_TITLE,
  }));
}

export function entitySearchParts(file: EntitiesFile): SearchPart[] {
  return file.entities.map((entity) => ({
    key: definitionKey(entity.id),
    group: GROUP_OF_ENTITY_TYPE[entity.type],
    title: entity.name,
    target: definition(entity.id),
    fields: [
      searchField('name', entity.name),
      ...entity.aliases.map((alias) => searchField('alias', alias, 'Also called')),
    ],
    titleRank: ENTITY_TITLE,
  }));
}

export function crimeSearchParts(file: CrimeCategoriesFile): SearchPart[] {
  return file.categories.map((category) => {
    const fields = [
      searchField('name', category.name),
      searchField('alias', category.articleWording, 'In the article'),
    ];
    const { definition: about } = category;
    if (about.kind === 'none') {
      fields.push(searchField('body', about.explanation, 'Definition'));
      if (about.description)
        fields.push(searchField('body', about.description.text, 'Description'));
      for (const other of about.otherDescriptions ?? []) {
        fields.push(searchField('body', other.text, 'Description'));
      }
    }
    return {
      key: definitionKey(category.id),
      group: 'crime',
      title: category.name,
      target: definition(category.id),
      fields,
      titleRank: REFERENCE_TITLE,
    };
  });
}

export function instrumentSearchParts(file: InstrumentsFile): SearchPart[] {
  return file.instruments.map((instrument) => ({
    key: definitionKey(instrument.id),
    group: 'instrument',
    title: instrument.shortName,
    target: definition(instrument.id),
    fields: [
      searchField('name', instrument.shortName),
      searchField('alias', instrument.officialTitle, 'Official title'),
      ...instrument.otherNames.map((name) => searchField('alias', name, 'Also called')),
    ],
    titleRank: REFERENCE_TITLE,
  }));
}

export function mdgSearchParts(file: MdgsFile): SearchPart[] {
  const overview: SearchPart = {
    key: definitionKey(file.id),
    group: 'goal',
    title: file.name,
    target: definition(file.id),
    fields: [
      searchField('name', file.name),
      searchField('alias', file.declaration.title, 'Declaration'),
    ],
    titleRank: REFERENCE_TITLE,
  };
  const goals = file.goals.map((goal): SearchPart => ({
    key: definitionKey(goal.id),
    group: 'goal',
    title: `Goal ${goal.number}: ${goal.title}`,
    target: definition(goal.id),
    fields: [
      // Both, so "goal 4" and "reduce child mortality" are each a match on the whole name.
      searchField('name', `Goal ${goal.number}: ${goal.title}`),
      searchField('name', goal.title),
      ...goal.targets.map((target) =>
        searchField('body', target.wording, `Target ${target.number}`),
      ),
    ],
    titleRank: REFERENCE_TITLE,
  }));
  return [overview, ...goals];
}

/** The 2030 Agenda as a whole: what readers call it ("SDGs", "2030 Agenda") are all names. */
export function sdgSearchParts(file: SdgsFile): SearchPart[] {
  return [
    {
      key: definitionKey(file.id),
      group: 'goal',
      title: `${file.name} (2030 Agenda)`,
      target: definition(file.id),
      fields: [
        searchField('name', file.name),
        ...file.otherNames.map((name) => searchField('name', name)),
        searchField('alias', file.agenda.title, 'Resolution'),
        ...(file.agenda.symbol ? [searchField('alias', file.agenda.symbol, 'Symbol')] : []),
      ],
      titleRank: REFERENCE_TITLE,
    },
  ];
}

/**
 * The SDG targets, from crime-categories.json, which holds their wording. "16.4", "target 16.4"
 * and "SDG target 16.4" are each the target's whole name.
 */
export function sdgTargetSearchParts(file: CrimeCategoriesFile): SearchPart[] {
  return file.sdgTargets.map((target) => ({
    key: definitionKey(sdgTargetId(target.target)),
    group: 'goal',
    title: `SDG target ${target.target}`,
    target: definition(sdgTargetId(target.target)),
    fields: [
      searchField('name', `SDG target ${target.target}`),
      searchField('name', `Target ${target.target}`),
      searchField('name', target.target),
      searchField('body', target.wording, 'Official wording'),
    ],
    titleRank: REFERENCE_TITLE,
  }));
}

export function termSearchParts(file: TermsFile): SearchPart[] {
  return file.terms.map((term) => ({
    key: definitionKey(term.id),
    group: 'term',
    title: term.term,
    target: definition(term.id),
    fields: [
      searchField('name', term.term),
      searchField('body', term.text, `Definition, ${term.pinpoint}`),
    ],
    titleRank: REFERENCE_TITLE,
  }));
}

const ROLE_RANK: Record<FieldRole, number> = { name: 0, alias: 1, body: 2 };

/**
 * One entry per thing, from whichever files have loaded (undefined for the rest). A field that
 * two files both hold (a category's name is also its entity's name) is kept once, in its
 * strongest role. Entries keep the order of the parts, so pass the richer files first.
 */
export function buildSearchIndex(
  parts: readonly (readonly SearchPart[] | undefined)[],
): SearchEntry[] {
  const merged = new Map<string, SearchPart>();
  for (const part of parts.flatMap((list) => list ?? [])) {
    const existing = merged.get(part.key);
    if (!existing) {
      merged.set(part.key, { ...part, fields: [...part.fields] });
      continue;
    }
    if (part.titleRank < existing.titleRank) {
      existing.title = part.title;
      existing.titleRank = part.titleRank;
    }
    existing.fields.push(...part.fields);
  }
  return [...merged.values()].map(({ key, group, title, target, fields }) => ({
    key,
    group,
    title,
    target,
    fields: dedupeFields(fields),
  }));
}

function dedupeFields(fields: SearchField[]): SearchField[] {
  const best = new Map<string, SearchField>();
  for (const candidate of fields) {
    const key = candidate.normalised.text;
    const kept = best.get(key);
    if (!kept || ROLE_RANK[candidate.role] < ROLE_RANK[kept.role]) best.set(key, candidate);
  }
  return fields.filter((candidate) => best.get(candidate.normalised.text) === candidate);
}
