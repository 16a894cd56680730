import { useQuery } from '@tanstack/react-query';
import { describeFilterResult } from '../../data/apply-filters';
import { entitiesQuery } from '../../data/entities-query';
import { indexEntities } from '../../data/entity-index';
import { instrumentsQuery, selectInstruments } from '../../data/reference-queries';
import { useFiltersEdited } from '../../state/explorer-store';
import { useFilterResult } from '../../state/use-filter-result';
import './filters.css';

/**
 * What the filters found, in a polite live region: "2 mentions in 1 paragraph · Smuggling of
 * Migrants Protocol". A live region announces changes only, so a view restored from a shared
 * address shows its summary without interrupting; clearing is said only after a reader did it.
 */
export function FilterStatus() {
  const result = useFilterResult();
  const edited = useFiltersEdited();
  const { data: entities } = useQuery({ ...entitiesQuery(), select: indexEntities });
  const { data: instruments } = useQuery({ ...instrumentsQuery(), select: selectInstruments });

  const text =
    result && (result.active || edited)
      ? describeFilterResult(
          result,
          (id) => entities?.byId[id]?.name ?? instruments?.[id]?.shortName ?? id,
        )
      : '';
  return (
    <p className="filter-status" role="status">
      {text}
    </p>
  );
}
