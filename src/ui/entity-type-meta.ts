import type { EntityType } from '../data/schemas/entities';

type TypeMeta = { label: string; plural: string; shape: string };

/**
 * Each type has a colour (in styles.css, by data-type) and a shape, so the two never carry the
 * meaning alone: the shape shows before every mention and in the legend.
 */
export const entityTypeMeta: Record<EntityType, TypeMeta> = {
  crime: { label: 'Crime category', plural: 'Crime categories', shape: 'M8 1.5 15 14.5H1z' },
  instrument: { label: 'Treaty', plural: 'Treaties', shape: 'M2.5 1.5h11v13h-11z' },
  goal: {
    label: 'Development goals',
    plural: 'Development goals',
    shape: 'M8 1.5a6.5 6.5 0 1 1 0 13a6.5 6.5 0 1 1 0-13z',
  },
  organization: {
    label: 'Organization',
    plural: 'Organizations',
    shape: 'M8 .5 15.5 8 8 15.5.5 8z',
  },
  person: {
    label: 'Person',
    plural: 'People',
    shape:
      'M8 1.5a3.2 3.2 0 1 1 0 6.4a3.2 3.2 0 1 1 0-6.4zM1.5 15c0-3.6 2.9-6 6.5-6s6.5 2.4 6.5 6z',
  },
  place: {
    label: 'Place',
    plural: 'Places',
    shape:
      'M8 .8a5.4 5.4 0 0 1 5.4 5.4C13.4 10.5 8 15.5 8 15.5S2.6 10.5 2.6 6.2A5.4 5.4 0 0 1 8 .8z',
  },
  event: {
    label: 'Event',
    plural: 'Events',
    shape: 'M8 .8l2.1 4.6 5 .5-3.8 3.4 1.1 5-4.4-2.6-4.4 2.6 1.1-5L.9 5.9l5-.5z',
  },
};
