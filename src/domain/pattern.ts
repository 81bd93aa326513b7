import type { Muscle, Region, RegionId } from '../content/schema';

/** Which regions a muscle's pattern covers on a given side (or both), and where its trigger points sit. */
export function patternRegions(
  muscle: { referral: Pick<Muscle['referral'], 'primary' | 'secondary' | 'bothSides'>; triggerPoints: readonly { area: string }[] },
  regions: readonly Pick<Region, 'id' | 'area' | 'side'>[],
  side: 'left' | 'right' | 'both',
): { primary: Set<RegionId>; secondary: Set<RegionId>; triggerPoints: Set<RegionId> } {
  const onSide = (r: Pick<Region, 'area' | 'side'>) =>
    side === 'both' || r.side === 'midline' || r.side === side || muscle.referral.bothSides.includes(r.area);
  const primary = new Set<RegionId>();
  const secondary = new Set<RegionId>();
  const triggerPoints = new Set<RegionId>();
  const tpAreas = new Set<string>(muscle.triggerPoints.map((t) => t.area));
  for (const r of regions) {
    if (muscle.referral.primary.includes(r.area) && onSide(r)) primary.add(r.id);
    else if (muscle.referral.secondary.includes(r.area) && onSide(r)) secondary.add(r.id);
    if (tpAreas.has(r.area) && (side === 'both' || r.side === 'midline' || r.side === side)) triggerPoints.add(r.id);
  }
  return { primary, secondary, triggerPoints };
}

/**
 * The regions of a muscle's main pain area on a side (or both), in data order:
 * `mainPainRegions(soleus, regions, 'right') // -> ['calf-upper-right', 'calf-lower-right', 'heel-right']`.
 */
export function mainPainRegions(
  muscle: { referral: Pick<Muscle['referral'], 'primary' | 'bothSides'> },
  regions: readonly Pick<Region, 'id' | 'area' | 'side'>[],
  side: 'left' | 'right' | 'both',
): RegionId[] {
  return regions
    .filter((r) => muscle.referral.primary.includes(r.area) && (side === 'both' || r.side === 'midline' || r.side === side || muscle.referral.bothSides.includes(r.area)))
    .map((r) => r.id);
}
