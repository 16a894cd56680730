import { useQuery } from '@tanstack/react-query';
import { describeFilterResult } from '../../data/describe-filter-result';
import { entitiesQuery } from '../../data/entities-query';
import { indexEntities } from '../../data/entity-index';
import { instrumentsQuery, selectInstruments } from '../../data/reference-queries';
import { useFiltersEdited } from '../../state/explorer-store';
import { useFilterResult } from '../../state/use-filter-result';
import { StatusLine } from './status-line';
import { entityTypeMeta } from '../../ui/entity-type-meta';
import './filters.css';

/**
 * What the filters found, in a polite live region: "2 mentions of corruption or
 * money-laundering, and 1 of a treaty that addresses them (…), in 2 paragraphs · Related: UNCAC". A live region announces changes only, so a view restored from a shared
 * address shows its summary without interrupting; clearing is said only after a reader did it.
 */
export default function FilterStatus() {
  const result = useFilterResult();
  const edited = useFiltersEdited();
  const { data: entities } = useQuery({ ...entitiesQuery(), select: indexEntities });
  const { data: instruments } = useQuery({ ...instrumentsQuery(), select: selectInstruments });

  const text =
    result && (result.active || edited)
      ? describeFilterResult(result, {
          entity: (id) => entities?.byId[id]?.name ?? instruments?.[id]?.shortName ?? id,
          instrument: (id) => instruments?.[id]?.shortName ?? entities?.byId[id]?.name ?? id,
          topic: (type) => entityTypeMeta[type].plural.toLowerCase(),
        })
      : '';
  return <StatusLine text={text} />;
}
