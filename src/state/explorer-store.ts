import { create } from 'zustand';
import type { EntityType } from '../data/schemas/entities';
import type { FilterSelection } from '../data/apply-filters';
import { sameView, type View } from './view';

/** A passage of the article a reader jumped to, marked until the next jump. */
export type MarkedPassage = { source: string; exact: string | null };

/**
 * UI state only: which definition is open and how the reader got there, which panel items are
 * open, and what is marked in the article. Loaded data lives in react-query; this store holds
 * ids, never the objects they point to.
 */
type ExplorerState = {
  /** The click-through trail of ids; the last one is the open definition. */
  trail: string[];
  /** DOM id of the control that opened the trail, where Escape puts focus back. */
  returnFocusTo: string | null;
  /** The article mention the trail started from, if any, so its card can list what else it names. */
  originControlId: string | null;
  /** The item whose mentions are marked in the article; the panels and the text share it. */
  selectedId: string | null;
  /** Panel items open in place. */
  expanded: string[];
  marked: MarkedPassage | null;
  /** Crime types being filtered by (OR among themselves). */
  crimes: string[];
  /** Entity types being filtered by (AND with the crime types). */
  topics: EntityType[];
  /** Plain-words notices about a view that could not be restored as given. */
  notices: string[];
  /** Under a filter, paragraphs without a match are left out of the text (the reader chose so). */
  hideUnmatched: boolean;
  /** The view came back from this browser's storage, not from the address: said until dismissed. */
  restored: boolean;
  /** How many times the reader changed the filters, so a status can tell "cleared" from "never set". */
  filterEdits: number;
  actions: {
    /** A reader activated a mention or a link: open its definition and start a new trail. */
    openDefinition: (
      id: string,
      from: { returnFocusTo: string | null; controlId?: string | null },
    ) => void;
    /** A reader followed a link inside the open definition: go one step deeper. */
    followLink: (id: string) => void;
    /** One step back along the trail; closes the definition when the trail is used up. */
    back: () => void;
    closeDefinition: () => void;
    /** A reader opened or closed an item in a panel. */
    togglePanelItem: (id: string) => void;
    markPassage: (passage: MarkedPassage) => void;
    /** The reader moved on from a passage they were sent to. */
    clearMark: () => void;
    toggleCrime: (id: string) => void;
    toggleTopic: (topic: EntityType) => void;
    clearFilters: () => void;
    dismissNotices: () => void;
    /** Leave a restored view: no filters, no definition, no panel item open. */
    startFresh: () => void;
    dismissRestored: () => void;
    setHideUnmatched: (hide: boolean) => void;
  };
};

const initialState = {
  trail: [] as string[],
  returnFocusTo: null as string | null,
  originControlId: null as string | null,
  selectedId: null as string | null,
  expanded: [] as string[],
  marked: null as MarkedPassage | null,
  crimes: [] as string[],
  topics: [] as EntityType[],
  notices: [] as string[],
  restored: false,
  hideUnmatched: false,
  filterEdits: 0,
};

const toggled = <T>(list: readonly T[], item: T) =>
  list.includes(item) ? list.filter((other) => other !== item) : [...list, item];

const withItem = (list: string[], id: string) => (list.includes(id) ? list : [...list, id]);

const useExplorerStore = create<ExplorerState>()((set) => ({
  ...initialState,
  actions: {
    openDefinition: (id, from) =>
      set((state) => ({
        trail: [id],
        returnFocusTo: from.returnFocusTo,
        originControlId: from.controlId ?? null,
        selectedId: id,
        expanded: withItem(state.expanded, id),
      })),
    followLink: (id) =>
      set((state) =>
        state.trail.at(-1) === id
          ? state
          : { trail: [...state.trail, id], selectedId: id, expanded: withItem(state.expanded, id) },
      ),
    back: () =>
      set((state) => {
        const trail = state.trail.slice(0, -1);
        return { trail, selectedId: trail.at(-1) ?? null };
      }),
    closeDefinition: () => set({ trail: [], selectedId: null }),
    togglePanelItem: (id) =>
      set((state) =>
        state.expanded.includes(id)
          ? {
              expanded: state.expanded.filter((item) => item !== id),
              selectedId: state.selectedId === id ? null : state.selectedId,
            }
          : { expanded: [...state.expanded, id], selectedId: id },
      ),
    markPassage: (passage) => set({ marked: passage }),
    clearMark: () => set({ marked: null }),
    toggleCrime: (id) =>
      set((state) => ({
        crimes: toggled(state.crimes, id),
        notices: [],
        filterEdits: state.filterEdits + 1,
      })),
    toggleTopic: (topic) =>
      set((state) => ({
        topics: toggled(state.topics, topic),
        notices: [],
        filterEdits: state.filterEdits + 1,
      })),
    clearFilters: () =>
      set((state) => ({ crimes: [], topics: [], notices: [], filterEdits: state.filterEdits + 1 })),
    dismissNotices: () => set({ notices: [] }),
    startFresh: () =>
      set((state) => ({
        crimes: [],
        topics: [],
        trail: [],
        selectedId: null,
        returnFocusTo: null,
        originControlId: null,
        expanded: [],
        notices: [],
        restored: false,
        filterEdits: state.filterEdits + 1,
      })),
    dismissRestored: () => set({ restored: false }),
    setHideUnmatched: (hide) => set({ hideUnmatched: hide }),
  },
}));

export const useOpenDefinitionId = () => useExplorerStore((state) => state.trail.at(-1) ?? null);
export const useTrailLength = () => useExplorerStore((state) => state.trail.length);
export const useOriginControlId = () => useExplorerStore((state) => state.originControlId);
export const useReturnFocusTo = () => useExplorerStore((state) => state.returnFocusTo);
export const useIsExpanded = (id: string) =>
  useExplorerStore((state) => state.expanded.includes(id));
export const useSelectedId = () => useExplorerStore((state) => state.selectedId);
/** True when any of these ids is the selected one: a mention that stands for several entities. */
export const useIsSelected = (ids: readonly string[]) =>
  useExplorerStore((state) => state.selectedId !== null && ids.includes(state.selectedId));
export const useMarkedPassage = () => useExplorerStore((state) => state.marked);
export const useExplorerActions = () => useExplorerStore((state) => state.actions);
export const useCrimeFilter = () => useExplorerStore((state) => state.crimes);
export const useTopicFilter = () => useExplorerStore((state) => state.topics);
export const useNotices = () => useExplorerStore((state) => state.notices);
export const useRestoredView = () => useExplorerStore((state) => state.restored);
export const useHideUnmatched = () => useExplorerStore((state) => state.hideUnmatched);
/**
 * The filter selection seen from outside React: the stylesheet that shows it in the text is
 * rewritten here, in the same task as the click, with no component rendering in between.
 */
export const filterStore = {
  getSelection: (): FilterSelection => {
    const { crimes, topics } = useExplorerStore.getState();
    return { crimes, topics };
  },
  subscribe: (listener: (selection: FilterSelection) => void) =>
    useExplorerStore.subscribe((state, previous) => {
      if (state.crimes !== previous.crimes || state.topics !== previous.topics)
        listener({ crimes: state.crimes, topics: state.topics });
    }),
};
/**
 * What the article's text shows of the view, for the code that keeps its markup in step
 * (features/article/article-behaviour.ts): the prerendered text is never rendered by a component.
 */
export type ArticleMarks = { selectedId: string | null; marked: MarkedPassage | null };
export const articleStore = {
  getMarks: (): ArticleMarks => {
    const { selectedId, marked } = useExplorerStore.getState();
    return { selectedId, marked };
  },
  subscribe: (listener: (marks: ArticleMarks) => void) =>
    useExplorerStore.subscribe((state, previous) => {
      if (state.selectedId !== previous.selectedId || state.marked !== previous.marked)
        listener({ selectedId: state.selectedId, marked: state.marked });
    }),
  openDefinition: (id: string, from: { returnFocusTo: string | null; controlId?: string | null }) =>
    useExplorerStore.getState().actions.openDefinition(id, from),
};
export const useFiltersEdited = () => useExplorerStore((state) => state.filterEdits > 0);

export type SavedTrail = { trail: string[]; originControlId: string | null };

/** The shareable part of the state, as the URL and localStorage hold it. */
function viewOf(state: ExplorerState): View {
  return { crimes: state.crimes, topics: state.topics, open: state.trail.at(-1) ?? null };
}

/**
 * The store seen from outside React, for syncing with the address bar and storage: read the
 * view, restore one (from a URL, Back/Forward or storage), and hear when it changes.
 */
export const viewStore = {
  getView: (): View => viewOf(useExplorerStore.getState()),
  getExpanded: (): string[] => useExplorerStore.getState().expanded,
  /** The click-through trail and the mention it started from, kept with each history entry. */
  getTrail: (): SavedTrail => {
    const { trail, originControlId } = useExplorerStore.getState();
    return { trail, originControlId };
  },
  /** One step back along the trail in the store alone (no history entry of ours to go back to). */
  back: () => useExplorerStore.getState().actions.back(),
  applyView: (
    view: View,
    options: {
      notices?: string[];
      expanded?: string[];
      restored?: boolean;
      /** The trail a history entry was left with: Back and Forward bring it back as it was. */
      trail?: SavedTrail | null;
    } = {},
  ) =>
    useExplorerStore.setState((state) => ({
      crimes: view.crimes,
      topics: view.topics,
      ...(view.open && options.trail?.trail.at(-1) === view.open
        ? { trail: options.trail.trail, originControlId: options.trail.originControlId }
        : {
            trail: view.open ? (state.trail.at(-1) === view.open ? state.trail : [view.open]) : [],
          }),
      selectedId: view.open,
      returnFocusTo: view.open ? state.returnFocusTo : null,
      expanded: options.expanded ?? state.expanded,
      notices: options.notices ?? [],
      restored: options.restored ?? false,
    })),
  subscribe: (listener: (view: View, previous: View) => void) =>
    useExplorerStore.subscribe((state, previous) => {
      const view = viewOf(state);
      const before = viewOf(previous);
      if (!sameView(view, before)) listener(view, before);
    }),
};

/** For tests: back to a fresh page. */
export function resetExplorerStore() {
  useExplorerStore.setState(initialState);
}
