import { useContext } from 'react';
import type { OpenDefinition } from '../../ui/definition-link';
import { SdgDefinitionContext } from '../../ui/sdg-definition';
import { CrimeDetails } from './crime-details';
import { GoalDetails } from './goal-details';
import { InstrumentDetails } from './instrument-details';
import { MdgsDetails } from './mdgs-details';
import { TermDetails } from './term-details';
import type { DefinitionKind, Reference } from '../../data/use-reference';
import './definition.css';

type Props = { id: string; kind: DefinitionKind; reference: Reference; onOpen: OpenDefinition };

/** The part of a definition that depends on what it is; shared by the definition view and the panels. */
export function DefinitionBody({ id, kind, reference, onOpen }: Props) {
  // The SDG cards are drawn by their own feature, which the app provides.
  const renderSdg = useContext(SdgDefinitionContext);
  switch (kind) {
    case 'crime': {
      const category = reference.crimes?.categories[id];
      return category ? (
        <CrimeDetails category={category} reference={reference} onOpen={onOpen} />
      ) : null;
    }
    case 'instrument': {
      const instrument = reference.instruments?.[id];
      return instrument ? (
        <InstrumentDetails instrument={instrument} reference={reference} onOpen={onOpen} />
      ) : null;
    }
    case 'term': {
      const term = reference.terms?.[id];
      return term ? <TermDetails term={term} reference={reference} onOpen={onOpen} /> : null;
    }
    case 'goal': {
      const goal = reference.mdgs?.goals[id];
      return goal ? <GoalDetails goal={goal} /> : null;
    }
    case 'mdgs':
      return reference.mdgs ? <MdgsDetails mdgs={reference.mdgs.file} onOpen={onOpen} /> : null;
    case 'sdgs':
    case 'sdg-target':
      return renderSdg ? renderSdg({ id, onOpen }) : null;
    case 'entity':
      return null;
  }
}
