import type { PatternSets } from './paint-pattern';
import { PatternPicture } from './PatternPicture';

export interface PatternMapProps extends PatternSets {
  /** The person's own pain, outlined over the pattern. */
  selected: ReadonlySet<string>;
  /** A sentence describing the picture for people who cannot see it. */
  description: string;
}

/**
 * A muscle's referral pattern over the person's own pain, drawn large and cropped to the body part it
 * concerns: the view with most of its main pain area, and a second one (front and back) where the main
 * area reaches both.
 */
export function PatternMap({ primary, secondary, triggerPoints, selected, description }: PatternMapProps) {
  return (
    <figure className="pattern-map">
      <PatternPicture pattern={{ primary, secondary, triggerPoints }} marks={selected} views={2} size="large" />
      <figcaption>
        <span className="legend legend--primary">main pain area</span>
        <span className="legend legend--secondary">spillover</span>
        <span className="legend legend--selected">where you marked pain</span>
        <span className="legend legend--tp">trigger point</span>
        <span className="visually-hidden">{description}</span>
      </figcaption>
    </figure>
  );
}
