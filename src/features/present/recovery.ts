/**
 * Unreadable saved slides that could not be backed up (storage full): the raw text, held
 * here until the user downloads it or discards it. While it is held, nothing is written
 * over it (see slideStorage.saveSlides). Kept out of the app store: it is never shared.
 */
import { create } from 'zustand';

export interface RecoveryState {
  /** The unreadable stored text, or null when there is nothing to recover. */
  unreadable: string | null;
  setUnreadable: (raw: string | null) => void;
}

/** The one recovery store (a tiny zustand store of features/present). */
export const useRecovery = create<RecoveryState>((set) => ({
  unreadable: null,
  setUnreadable: (raw) => set({ unreadable: raw }),
}));

/** File name of the downloaded unreadable text. */
export const RECOVERY_FILE = 'samverkanskartan-bildspel-oläsbart.txt';
