import { create } from 'zustand';

/**
 * UI state only: which card is open and how the reader got there. Loaded data lives in
 * react-query; this store holds ids, never the objects they point to.
 */
type ExplorerState = {
  /** The click-through trail of entity ids; the last one is the open card. */
  trail: string[];
  /** DOM id of the control that opened the first card, where Escape puts focus back. */
  returnFocusTo: string | null;
  /** The article mention the trail started from, if any, so its card can list what else it names. */
  originControlId: string | null;
  actions: {
    /** A reader activated a mention or a panel item: start a new trail there. */
    openCard: (
      entityId: string,
      from: { returnFocusTo: string | null; controlId?: string | null },
    ) => void;
    /** A reader followed a link inside the open card: go one step deeper. */
    followLink: (entityId: string) => void;
    /** One step back along the trail; closes the card when the trail is used up. */
    back: () => void;
    closeCard: () => void;
  };
};

const initialState = {
  trail: [] as string[],
  returnFocusTo: null as string | null,
  originControlId: null as string | null,
};

const useExplorerStore = create<ExplorerState>()((set) => ({
  ...initialState,
  actions: {
    openCard: (entityId, from) =>
      set({
        trail: [entityId],
        returnFocusTo: from.returnFocusTo,
        originControlId: from.controlId ?? null,
      }),
    followLink: (entityId) =>
      set((state) =>
        state.trail.at(-1) === entityId ? state : { trail: [...state.trail, entityId] },
      ),
    back: () => set((state) => ({ trail: state.trail.slice(0, -1) })),
    closeCard: () => set({ trail: [] }),
  },
}));

export const useOpenEntityId = () => useExplorerStore((state) => state.trail.at(-1) ?? null);
export const useTrailLength = () => useExplorerStore((state) => state.trail.length);
export const useOriginControlId = () => useExplorerStore((state) => state.originControlId);
export const useReturnFocusTo = () => useExplorerStore((state) => state.returnFocusTo);
export const useExplorerActions = () => useExplorerStore((state) => state.actions);

/** For tests: back to a fresh page. */
export function resetExplorerStore() {
  useExplorerStore.setState(initialState);
}
