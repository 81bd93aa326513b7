import type { Country } from '../content/schema';

/** What the browser needs of a country: its numbers and the time zones that suggest it. */
export type CountryNumbers = Pick<Country, 'code' | 'name' | 'emergency' | 'urgent' | 'crisis' | 'timeZones'>;

/** Shown when the country is unknown: 112 reaches emergency services from mobiles in most of the world. */
export const FALLBACK_EMERGENCY = '112';

/** The numbers to use, and whether they were chosen, guessed from the time zone, or are the fallback. */
export interface Help {
  country: CountryNumbers | null;
  emergency: string;
  how: 'chosen' | 'guessed' | 'unknown';
}

/**
 * The person's country: the one they chose, else a guess from the device's time zone (never from a
 * request), else unknown (112 with "choose your country").
 * `helpFor(null, 'Europe/Berlin', countries).emergency // -> '112'`, `helpFor('GB', …).emergency // -> '999'`
 */
export function helpFor(chosen: string | null, timeZone: string | undefined, countries: readonly CountryNumbers[]): Help {
  const picked = chosen ? countries.find((c) => c.code === chosen) : undefined;
  if (picked) return { country: picked, emergency: picked.emergency, how: 'chosen' };
  const guessed = timeZone ? countries.find((c) => c.timeZones.includes(timeZone)) : undefined;
  if (guessed) return { country: guessed, emergency: guessed.emergency, how: 'guessed' };
  return { country: null, emergency: FALLBACK_EMERGENCY, how: 'unknown' };
}

/** The device's time zone, or undefined where the browser can't tell. */
export function deviceTimeZone(): string | undefined {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
}

/**
 * Fills the data's tokens with the person's numbers: `fillNumbers('Call {emergency} now.', help) // -> 'Call 999 now.'`.
 * {crisis} becomes the crisis line's name and number, or "a local crisis line" when the country is unknown.
 */
export function fillNumbers(text: string, help: Help): string {
  const crisis = help.country ? `${help.country.crisis.name} on ${help.country.crisis.number}` : 'a local crisis line';
  return text.replaceAll('{emergency}', help.emergency).replaceAll('{crisis}', crisis);
}

/** A `tel:` link for a number as written ("116 123" -> "tel:116123"). */
export function telHref(number: string): string {
  return `tel:${number.replace(/[^0-9+]/g, '')}`;
}
