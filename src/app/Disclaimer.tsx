import { emergencyWords, useHelp } from './use-safety';

/** Always beside results and muscle pages: what MyoMap is not, and when to get help. */
export function Disclaimer() {
  const help = useHelp();
  return (
    <aside className="notice notice--info disclaimer" aria-label="About these results">
      <p>
        <strong>Self-care information, not a diagnosis.</strong> These are muscles whose trigger points are known
        to send pain to the places you marked.
      </p>
      <p>
        See a clinician if the pain is severe, came after an injury, keeps getting worse, wakes you at night, or comes
        with swelling, redness, fever, numbness, weakness or weight loss. For chest pain, sudden breathlessness, or
        sudden weakness of the face or an arm, call {emergencyWords(help)} now.
      </p>
    </aside>
  );
}
