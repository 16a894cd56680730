import { resolveSource } from '../data/resolve-source';
import type { Source } from '../data/schemas/common';
import type { Entity } from '../data/schemas/entities';
import { entityTypeMeta } from '../ui/entity-type-meta';
import { formatUnDate } from '../ui/format-date';
import { uniqueSources } from '../ui/unique-sources';
import type { ExportData } from './export-data';
import { definitionStatus } from '../data/definition-status';

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);
import { markdownLink, markdownText as md } from './markdown-text';

/*
 * What a footnote says about one entity: what it is (entities.json), its definition from the
 * reference file that holds one, and every source, resolved through documents.json the way a
 * card shows it. Written as Markdown blocks; the footnote indents them.
 */

export type EntityNote = { heading: string; blocks: string[]; sources: Source[] };

/** One source as a card cites it, with its address, or the copy it was read in. */
export function citeSource(source: Source, data: ExportData): string {
  const resolved = resolveSource(source, data.documentIndex);
  if (!resolved) throw new Error(`no document "${source.doc}" in documents.json`);
  const { doc, copy, standing } = resolved;
  const details = [doc.symbol, source.pinpoint, doc.publisher, doc.date && formatUnDate(doc.date)]
    .filter(Boolean)
    .map((part) => md(String(part)));
  let text = `*${md(doc.title)}*${details.length > 0 ? `, ${details.join(', ')}` : ''}.`;
  if (doc.url) text += ` ${markdownLink(doc.url)}.`;
  if (standing === 'secondary') text += ' Secondary source.';
  if (copy) {
    text += ` Read in a copy at ${md(copy.site)}, not at the publisher`;
    text += copy.url
      ? `: ${markdownLink(copy.url)}.`
      : ' (no address of the copy could be verified).';
  }
  if (standing === 'unlinked' && doc.unlinked) text += ` Not linked: ${md(doc.unlinked)}`;
  if (source.note) text += ` ${md(source.note)}`;
  return text;
}

const quoted = (text: string) => `> ${md(text)}`;

function crimeDefinition(entity: Entity, data: ExportData): Omit<EntityNote, 'heading'> | null {
  const category = data.crimes.categories.find((candidate) => candidate.id === entity.id);
  if (!category) return null;
  const { definition } = category;
  if (definition.kind === 'treaty') {
    const term = data.terms.terms.find((candidate) => candidate.id === definition.term);
    if (!term) throw new Error(`terms.json does not define "${definition.term}"`);
    return {
      blocks: [`**Definition** (${md(term.term)}, quoted):`, quoted(term.text)],
      sources: term.sources,
    };
  }
  const descriptions = [definition.description, ...(definition.otherDescriptions ?? [])].flatMap(
    (description) => (description ? [description] : []),
  );
  return {
    blocks: [
      `**Definition:** ${md(lowerFirst(definitionStatus(category, (doc) => data.instruments.instruments.find((item) => item.id === doc)?.shortName).lead ?? ''))} ${md(definition.explanation)}`,
      ...descriptions.flatMap((description) => {
        const title = data.documentIndex.documents[description.source.doc];
        const from = `${description.quoted ? 'Quoted from' : 'Summarised from'} *${md(title?.title ?? description.source.doc)}*${description.source.pinpoint ? `, ${md(description.source.pinpoint)}` : ''}.`;
        return description.quoted
          ? [quoted(description.text), from]
          : [`${md(description.text)} (${from.replace(/\.$/, '')})`];
      }),
    ],
    sources: [...definition.sources, ...descriptions.map((description) => description.source)],
  };
}

function instrumentFacts(entity: Entity, data: ExportData): Omit<EntityNote, 'heading'> | null {
  const instrument = data.instruments.instruments.find((candidate) => candidate.id === entity.id);
  if (!instrument) return null;
  const { adoption, entryIntoForce } = instrument;
  const facts = [`**Official title:** ${md(instrument.officialTitle)}.`];
  if (adoption) {
    const resolution = adoption.resolution
      ? `, General Assembly resolution ${adoption.resolution.symbol}${adoption.resolution.annex ? `, ${adoption.resolution.annex}` : ''}`
      : '';
    facts.push(
      `**Adopted:** ${formatUnDate(adoption.date)}${adoption.place ? `, ${md(adoption.place)}` : ''}${md(resolution)}.`,
    );
  }
  if (entryIntoForce) {
    facts.push(
      `**Entered into force:** ${formatUnDate(entryIntoForce.date)} (${md(entryIntoForce.article)}).`,
    );
  }
  return {
    blocks: [facts.join(' ')],
    sources: [
      ...instrument.titleSources,
      ...(adoption?.sources ?? []),
      ...(entryIntoForce?.sources ?? []),
    ],
  };
}

function goalFacts(entity: Entity, data: ExportData): Omit<EntityNote, 'heading'> | null {
  if (entity.id !== data.mdgs.id) return null;
  const { declaration, framework } = data.mdgs;
  return {
    blocks: [
      `**Source:** ${md(declaration.title)} (${md(declaration.symbol)}), adopted ${formatUnDate(declaration.adopted)} at the ${md(declaration.summit.name)}, ${md(declaration.summit.place)}. **Framework:** ${framework.goals} goals, ${framework.revised.targets} targets and ${framework.revised.indicators} indicators (first ${framework.original.targets} targets and ${framework.original.indicators} indicators). ${md(framework.revisionNote)}`,
    ],
    sources: [...declaration.sources, ...framework.sources],
  };
}

/** The note for one entity; its sources are merged per document and copy, as a card lists them. */
export function entityNote(entity: Entity, data: ExportData): EntityNote {
  const reference =
    entity.type === 'crime'
      ? crimeDefinition(entity, data)
      : entity.type === 'instrument'
        ? instrumentFacts(entity, data)
        : entity.type === 'goal'
          ? goalFacts(entity, data)
          : null;
  return {
    heading: `**${md(entity.name)}** (${entityTypeMeta[entity.type].label.toLowerCase()}). ${md(entity.description)}`,
    blocks: reference?.blocks ?? [],
    sources: uniqueSources([...entity.sources, ...(reference?.sources ?? [])]),
  };
}
