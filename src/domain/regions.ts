import type { Region } from '../content/schema';

/**
 * Plain words for each side-less area, from its regions' labels:
 * `areaLabels(regions).get('knee-back') // -> 'back of knee'`.
 */
export function areaLabels(regions: readonly Pick<Region, 'area' | 'label' | 'side'>[]): Map<string, string> {
  const labels = new Map<string, string>();
  for (const r of regions) {
    if (!labels.has(r.area)) labels.set(r.area, r.side === 'midline' ? r.label : r.label.replace(/, (left|right)$/, ''));
  }
  return labels;
}
