import { memo, useId } from 'react';
import type { CountryNumbers, Help } from '../../domain/emergency';

export interface CountryPickerProps {
  help: Help;
  countries: readonly CountryNumbers[];
  onChoose: (code: string) => void;
}

/** Which country's numbers are used, and a one-tap way to change it (saved on this device). */
export const CountryPicker = memo(function CountryPicker({ help, countries, onChoose }: CountryPickerProps) {
  const id = useId();
  const sorted = [...countries].sort((a, b) => a.name.localeCompare(b.name));
  return (
    <p className="country">
      <label htmlFor={id}>
        {help.how === 'unknown' ? (
          <>Emergency number <strong>{help.emergency}</strong>: choose your country</>
        ) : (
          <>Emergency number <strong>{help.emergency}</strong> ({help.country?.name}{help.how === 'guessed' ? ', from this device’s time zone' : ''}). Change:</>
        )}
      </label>{' '}
      <select id={id} value={help.country?.code ?? ''} onChange={(e) => { if (e.currentTarget.value) onChoose(e.currentTarget.value); }}>
        {!help.country && <option value="">Choose your country…</option>}
        {sorted.map((c) => (
          <option key={c.code} value={c.code}>
            {c.name} ({c.emergency})
          </option>
        ))}
      </select>
    </p>
  );
});
