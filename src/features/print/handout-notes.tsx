import type { Source } from '../../data/schemas/common';
import type { Entity } from '../../data/schemas/entities';
import type { ContextNote, CrimeCategory } from '../../data/schemas/reference';
import type { TextSource } from '../../data/schemas/article';
import { placeOf } from './place-of';
import { entityTypeMeta } from '../../ui/entity-type-meta';
import type { Endnote } from './number-notes';
import { PrintedSources } from './printed-source';
import { definitionStatus } from '../../data/definition-status';
import type { HandoutData } from './use-handout-data';

type EndnotesProps = { notes: Endnote[]; data: HandoutData; openId: string | null };

/** One entry per numbered entity: what it is, what defines it, and where that comes from. */
export function Endnotes({ notes, data, openId }: EndnotesProps) {
  return (
    <section className="handout-section">
      <h2 className="handout-heading">Notes</h2>
      {notes.length === 0 ? (
        <p>No mention in the article matches the filters of this view, so none has a note.</p>
      ) : (
        <ol className="handout-endnotes">
          {notes.map((note) => {
            const entity = data.entities[note.entityId];
            return entity ? (
              <li key={note.number} value={note.number} className="handout-endnote">
                <EntityNote
                  entity={entity}
                  places={note.sources}
                  data={data}
                  open={entity.id === openId}
                />
              </li>
            ) : null;
          })}
        </ol>
      )}
    </section>
  );
}

function EntityNote({
  entity,
  places,
  data,
  open,
}: {
  entity: Entity;
  places: TextSource[];
  data: HandoutData;
  open: boolean;
}) {
  const category = data.crimes[entity.id];
  const definition = category ? crimeDefinition(category, data) : null;
  return (
    <>
      <p className="handout-endnote-title">
        <strong>{entity.name}</strong>
        {` · ${entityTypeMeta[entity.type].label} · in ${places.map(placeOf).join(', ')}`}
      </p>
      <p>{entity.description}</p>
      {definition?.text}
      {open && (
        <p className="handout-aside">
          Open in this view: its full definition is printed after the context notes.
        </p>
      )}
      <PrintedSources
        sources={[...entity.sources, ...(definition?.sources ?? [])]}
        documents={data.documents}
      />
    </>
  );
}

/** A crime category's definition as its card leads with it: the treaty's words, or why none. */
function crimeDefinition(category: CrimeCategory, data: HandoutData) {
  const { definition } = category;
  if (definition.kind === 'treaty') {
    const term = data.terms[definition.term];
    if (!term) return null;
    const treaty =
      data.entities[term.instrument]?.name ?? data.instruments[term.instrument]?.shortName;
    return {
      text: (
        <>
          <p className="handout-label">
            Defined in {treaty ?? term.instrument}, {term.pinpoint}:
          </p>
          <blockquote className="handout-quote">{term.text}</blockquote>
        </>
      ),
      sources: term.sources,
    };
  }
  const description = definition.description;
  const sources: Source[] = [...definition.sources, ...(description ? [description.source] : [])];
  return {
    text: (
      <>
        <p>
          <strong>
            {definitionStatus(category, (doc) => data.instruments[doc]?.shortName).lead}
          </strong>{' '}
          {definition.explanation}
        </p>
        {description &&
          (description.quoted ? (
            <blockquote className="handout-quote">{description.text}</blockquote>
          ) : (
            <p>{description.text}</p>
          ))}
      </>
    ),
    sources,
  };
}

/** The notes that qualify what the article says, each at the words it is about. */
export function ContextNotes({ data }: { data: HandoutData }) {
  const { notes, documents } = data;
  return (
    <section className="handout-section">
      <h2 className="handout-heading">Context notes</h2>
      <ol className="handout-context-notes">
        {notes.map((note: ContextNote) => (
          <li key={note.id} className="handout-endnote">
            <p className="handout-endnote-title">
              <strong>
                {note.kind === 'omission' ? 'Left out' : 'Context'}: {note.title}
              </strong>
              {` · ${placeOf(note.anchor.paragraph)}, on “${note.anchor.exact}”`}
            </p>
            <p>{note.text}</p>
            <PrintedSources sources={note.sources} documents={documents} />
          </li>
        ))}
      </ol>
    </section>
  );
}
