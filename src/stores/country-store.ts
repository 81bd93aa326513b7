import { create } from 'zustand';
import { browserStorage, restore, update, type KeyValueStorage, type Parsed } from '../lib/stored';

export const COUNTRY_KEY = 'myomap:country';
const VERSION = 1;
/** ISO 3166-1 alpha-2, or ISO 3166-2 for a part with its own numbers: "DE", "CA-QC". */
const COUNTRY_CODE = /^[A-Z]{2}(-[A-Z0-9]{1,3})?$/;

const isCode = (value: unknown): value is string => typeof value === 'string' && COUNTRY_CODE.test(value);

/** Reads the saved choice; anything not shaped like `{ version: 1, chosen: "DE" }` is no choice (a guess is no loss). */
export function parseSavedCountry(data: unknown): Parsed<string | null> {
  const chosen = typeof data === 'object' && data !== null && (data as { version?: unknown }).version === VERSION ? (data as { chosen?: unknown }).chosen : null;
  return { value: isCode(chosen) ? chosen : null, complete: true };
}

interface CountryState {
  /** The chosen country's ISO code ("DE", "CA-QC"); null = not chosen (the app guesses from the time zone). */
  chosen: string | null;
  /** The last write failed (storage full or blocked): the choice holds for this visit only. */
  saveFailed: boolean;
  /** Chooses a country by ISO code, or null to go back to the guess; a code of another shape is ignored. */
  choose: (code: string | null) => void;
  dismissSaveNotice: () => void;
}

/** The person's chosen country for emergency numbers, saved on this device (localStorage). */
export function createCountryStore(storage: KeyValueStorage | undefined = browserStorage()) {
  const restored = restore(storage, COUNTRY_KEY, null, parseSavedCountry);
  return create<CountryState>()((set) => ({
    chosen: restored.value,
    saveFailed: false,
    choose: (code) => {
      if (code !== null && !isCode(code)) return;
      const result = update(storage, COUNTRY_KEY, null, parseSavedCountry, () => code, { toJson: (chosen) => ({ version: VERSION, chosen }) });
      set({ chosen: code, saveFailed: !result.saved });
    },
    dismissSaveNotice: () => { set({ saveFailed: false }); },
  }));
}

export const useCountryStore = createCountryStore();
