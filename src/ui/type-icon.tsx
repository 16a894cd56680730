import type { EntityType } from '../data/schemas/entities';
import { entityTypeMeta } from './entity-type-meta';

export function TypeIcon({ type }: { type: EntityType }) {
  return (
    <svg
      className="type-icon"
      data-type={type}
      viewBox="0 0 16 16"
      aria-hidden="true"
      focusable="false"
    >
      <path d={entityTypeMeta[type].shape} />
    </svg>
  );
}
