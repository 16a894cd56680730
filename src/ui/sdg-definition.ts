import { createContext, type ReactNode } from 'react';
import type { OpenDefinition } from './definition-link';

/**
 * The body of an SDG card (the 2030 Agenda, or one target), drawn by the SDG feature inside the
 * definition view: the app provides it, so the two features stay apart. Null draws nothing.
 */
export type SdgDefinitionProps = { id: string; onOpen: OpenDefinition };
export type RenderSdgDefinition = (props: SdgDefinitionProps) => ReactNode;
export const SdgDefinitionContext = createContext<RenderSdgDefinition | null>(null);
