/** A muscle's referral pattern as region ids: its main pain area, spillover and trigger points. */
export interface PatternSets {
  primary: ReadonlySet<string>;
  secondary: ReadonlySet<string>;
  triggerPoints: ReadonlySet<string>;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * Draws a pattern on the body art under `root`: `data-pattern` on each shape (primary, secondary or
 * none; removed when `pattern` is null) and a dot for each trigger point. Shared by the muscle page's
 * picture and the main map's "show on my map".
 */
export function paintPattern(root: Element, pattern: PatternSets | null): void {
  root.querySelectorAll('.tp-marker').forEach((n) => { n.remove(); });
  for (const el of root.querySelectorAll<SVGElement>('[data-region]')) {
    const id = el.getAttribute('data-region') ?? '';
    if (!pattern) {
      el.removeAttribute('data-pattern');
      continue;
    }
    el.setAttribute('data-pattern', pattern.primary.has(id) ? 'primary' : pattern.secondary.has(id) ? 'secondary' : 'none');
    if (pattern.triggerPoints.has(id)) {
      const dot = document.createElementNS(SVG_NS, 'circle');
      dot.setAttribute('class', 'tp-marker');
      dot.setAttribute('cx', el.getAttribute('data-cx') ?? '0');
      dot.setAttribute('cy', el.getAttribute('data-cy') ?? '0');
      dot.setAttribute('r', '4.5');
      el.closest('svg')?.appendChild(dot);
    }
  }
}
