import { create } from 'zustand';

export type PhoneView = 'front' | 'back' | 'soles';

interface UiState {
  /** Which view the phone layout shows (wide screens show all). */
  phoneView: PhoneView;
  /** The part whose close-up is open, if any. */
  closeUp: string | null;
  /** Whether the results list shows every candidate. */
  showAllResults: boolean;
  setPhoneView: (view: PhoneView) => void;
  openCloseUp: (part: string) => void;
  closeCloseUp: () => void;
  setShowAllResults: (showAll: boolean) => void;
}

/** Screen state that is not worth a URL: which phone view, which close-up, how many results. */
export const useUiStore = create<UiState>()((set) => ({
  phoneView: 'front',
  closeUp: null,
  showAllResults: false,
  setPhoneView: (phoneView) => { set({ phoneView }); },
  openCloseUp: (closeUp) => { set({ closeUp }); },
  closeCloseUp: () => { set({ closeUp: null }); },
  setShowAllResults: (showAllResults) => { set({ showAllResults }); },
}));
