import boxes from './art/parts.json';

export type ViewName = 'front' | 'back' | 'soles';
type Box = readonly [number, number, number, number];

const table = boxes as unknown as Record<ViewName, Record<string, Box | undefined> | undefined>;

/** Parts that have a close-up, in the order people look for them. */
export const ZOOM_PARTS = [
  'head',
  'arm-right', 'arm-left',
  'hand-right', 'hand-left',
  'thigh-right', 'thigh-left',
  'lowerleg-right', 'lowerleg-left',
  'foot-right', 'foot-left',
] as const;
export type ZoomPart = (typeof ZOOM_PARTS)[number];

const PART_NAMES: Record<string, string> = {
  head: 'head, face and neck',
  arm: 'arm and elbow',
  hand: 'hand and wrist',
  thigh: 'thigh and knee',
  lowerleg: 'lower leg and calf',
  foot: 'foot and ankle',
};

/** Plain words for a part: `partName('hand-right') // -> 'right hand and wrist'`. */
export function partName(part: string): string {
  const [kind = part, side] = part.split('-');
  const name = PART_NAMES[kind] ?? kind;
  return side ? `${side} ${name}` : name;
}

const SHORT: Record<string, string> = { head: 'Head', arm: 'arm', hand: 'hand', thigh: 'knee', lowerleg: 'calf', foot: 'foot' };

/** A short button label: `partShortName('thigh-left') // -> 'L knee'`. */
export function partShortName(part: string): string {
  const [kind = part, side] = part.split('-');
  const name = SHORT[kind] ?? kind;
  return side ? `${side === 'right' ? 'R' : 'L'} ${name}` : name;
}

/** Views in which the part is drawn. */
export function viewsWithPart(part: string): ViewName[] {
  return (['front', 'back', 'soles'] as const).filter((v) => table[v]?.[part]);
}

/** A view's whole drawing area (its SVG's viewBox): `viewBox('soles') // -> [0, 0, 200, 262]`. */
export function viewBox(view: ViewName): Box {
  return table[view]?.body ?? [0, 0, 300, 760];
}

/** The viewBox for a close-up of `part` in `view` (padded), or for the compact body ('compact'). */
export function partBox(view: ViewName, part: string): Box | undefined {
  if (part === 'compact') return view === 'soles' ? undefined : [22, 2, 256, 754];
  const b = table[view]?.[part];
  if (!b) return undefined;
  const pad = 10;
  return [b[0] - pad, b[1] - pad, b[2] + 2 * pad, b[3] + 2 * pad];
}
