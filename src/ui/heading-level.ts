import { createContext } from 'react';

/**
 * Details appear both in the definition view (under an h2) and inside panel items (under an
 * h3), so their subheadings take their level from where they are drawn.
 */
export const HeadingLevelContext = createContext<3 | 4>(3);
