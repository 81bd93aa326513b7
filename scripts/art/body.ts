// The body: landmark stations for each part and the bands that make each region, per view.
// All numbers are in side space (see geometry.ts); one adult, about 7.5 heads tall.
import { Tube, type Point } from './geometry';

export type ViewName = 'front' | 'back' | 'soles';
export type Part = 'head' | 'torso' | 'arm' | 'hand' | 'thigh' | 'lowerleg' | 'foot';

/** One region shape in side space. `base` is the area; sided shapes become `<base>-left/right`. */
export interface Shape {
  base: string;
  midline?: boolean;
  part: Part;
  polys: Point[][];
}

export interface Decoration {
  /** open polyline (stroke only) or closed */
  pts: Point[];
  closed?: boolean;
  /** drawn on both sides (mirrored) unless midline */
  midline?: boolean;
}

export const head = new Tube('head', [
  { s: 8, d: 0, y: 8, w: 2 },
  { s: 12, d: 0, y: 12, w: 14 },
  { s: 20, d: 0, y: 20, w: 23 },
  { s: 32, d: 0, y: 32, w: 29.5 },
  { s: 48, d: 0, y: 48, w: 31 },
  { s: 64, d: 0, y: 64, w: 29.5 },
  { s: 78, d: 0, y: 78, w: 26 },
  { s: 90, d: 0, y: 90, w: 20 },
  { s: 98, d: 0, y: 98, w: 13 },
  { s: 103, d: 0, y: 103, w: 5 },
]);

const ear = new Tube('ear', [
  { s: 44, d: 29, y: 44, w: 1 },
  { s: 49, d: 32.5, y: 49, w: 5 },
  { s: 60, d: 33.5, y: 60, w: 5.5 },
  { s: 70, d: 32, y: 70, w: 4 },
  { s: 75, d: 30, y: 75, w: 1 },
]);

export const neck = new Tube('neck', [
  { s: 88, d: 0, y: 88, w: 16 },
  { s: 100, d: 0, y: 100, w: 16.5 },
  { s: 112, d: 0, y: 112, w: 18 },
  { s: 122, d: 0, y: 122, w: 22 },
]);

export const torso = new Tube('torso', [
  { s: 114, d: 0, y: 114, w: 20 },
  { s: 121, d: 0, y: 121, w: 33 },
  { s: 128, d: 0, y: 128, w: 50 },
  { s: 135, d: 0, y: 135, w: 62 },
  { s: 143, d: 0, y: 143, w: 66 },
  { s: 153, d: 0, y: 153, w: 65 },
  { s: 168, d: 0, y: 168, w: 59 },
  { s: 188, d: 0, y: 188, w: 56.5 },
  { s: 212, d: 0, y: 212, w: 54.5 },
  { s: 240, d: 0, y: 240, w: 49 },
  { s: 266, d: 0, y: 266, w: 45 },
  { s: 290, d: 0, y: 290, w: 48 },
  { s: 316, d: 0, y: 316, w: 55 },
  { s: 342, d: 0, y: 342, w: 60 },
  { s: 366, d: 0, y: 366, w: 61 },
  { s: 392, d: 0, y: 392, w: 52 },
  { s: 402, d: 0, y: 402, w: 34 },
]);

export const arm = new Tube('arm', [
  { s: 0, d: 59, y: 134, w: 9 },
  { s: 10, d: 65, y: 143, w: 17 },
  { s: 30, d: 71, y: 164, w: 18 },
  { s: 60, d: 77, y: 200, w: 15.5 },
  { s: 100, d: 84, y: 262, w: 13.5 },
  { s: 130, d: 89, y: 298, w: 14 },
  { s: 200, d: 101, y: 370, w: 9 },
  { s: 215, d: 103, y: 385, w: 13 },
  { s: 235, d: 105, y: 405, w: 14.5 },
  { s: 246, d: 106, y: 416, w: 14 },
  { s: 268, d: 108, y: 440, w: 11.5 },
  { s: 281, d: 108.5, y: 452, w: 5 },
]);

const thumb = new Tube('thumb', [
  { s: 0, d: 109, y: 380, w: 6 },
  { s: 20, d: 119, y: 399, w: 6.5 },
  { s: 36, d: 124, y: 416, w: 5 },
  { s: 42, d: 125, y: 422, w: 2 },
]);

const armpit = new Tube('armpit', [
  { s: 0, d: 52, y: 154, w: 3 },
  { s: 8, d: 54, y: 162, w: 10 },
  { s: 26, d: 56, y: 182, w: 9 },
  { s: 36, d: 56, y: 192, w: 3 },
]);

export const leg = new Tube('leg', [
  { s: 340, d: 38, y: 340, w: 20 },
  { s: 362, d: 35, y: 362, w: 29.5 },
  { s: 384, d: 34, y: 384, w: 30 },
  { s: 420, d: 33.5, y: 420, w: 27 },
  { s: 470, d: 32.5, y: 470, w: 23 },
  { s: 520, d: 31.5, y: 520, w: 19.5 },
  { s: 548, d: 31, y: 548, w: 19 },
  { s: 576, d: 32, y: 576, w: 20.5 },
  { s: 600, d: 32.5, y: 600, w: 21 },
  { s: 630, d: 32, y: 630, w: 18 },
  { s: 660, d: 31, y: 660, w: 13 },
  { s: 684, d: 30.5, y: 684, w: 11 },
  { s: 698, d: 30.5, y: 698, w: 12 },
]);

const footFront = new Tube('foot-front', [
  { s: 688, d: 30.5, y: 688, w: 12 },
  { s: 704, d: 31.5, y: 704, w: 14.5 },
  { s: 724, d: 33, y: 724, w: 17 },
  { s: 740, d: 34, y: 740, w: 16.5 },
  { s: 749, d: 34.5, y: 749, w: 11 },
  { s: 752, d: 34.5, y: 752, w: 4 },
]);

const heelBack = new Tube('heel-back', [
  { s: 692, d: 30.5, y: 692, w: 12 },
  { s: 708, d: 30.5, y: 708, w: 13.5 },
  { s: 726, d: 30.5, y: 726, w: 13 },
  { s: 736, d: 30.5, y: 736, w: 9 },
  { s: 741, d: 30.5, y: 741, w: 3 },
]);

/** The sole, heel at the bottom and toes at the top; u = -1 is the big-toe (inner) edge. */
const sole = new Tube(
  'sole',
  [
    { s: 0, d: 40, y: 232, w: 4 },
    { s: 6, d: 40, y: 226, w: 14 },
    { s: 26, d: 40, y: 206, w: 17 },
    { s: 52, d: 41, y: 180, w: 14.5 },
    { s: 80, d: 43, y: 152, w: 18 },
    { s: 108, d: 45, y: 124, w: 22.5 },
    { s: 124, d: 46, y: 108, w: 24 },
    { s: 140, d: 46, y: 92, w: 23 },
    { s: 164, d: 45, y: 68, w: 20 },
    { s: 178, d: 45, y: 54, w: 13 },
    { s: 184, d: 45, y: 48, w: 4 },
  ],
  true,
);

/** The crease between abdomen and thigh, as the thigh's top edge: s at u (-1 inner .. 1 outer). */
const groinCrease = (u: number) => 384 - ((u + 1) / 2) * 40;
const glutealFold = (u: number) => 398 - ((u + 1) / 2) * 14;
const slope = (f: (u: number) => number, u0: number, u1: number): [number, number] => [f(u0), f(u1)];

const band = (t: Tube, base: string, part: Part, u0: number, u1: number, s0: number | [number, number], s1: number | [number, number], midline = false): Shape => ({
  base,
  part,
  midline,
  polys: [t.band(u0, u1, s0, s1)],
});

export function frontShapes(): Shape[] {
  return [
    band(neck, 'neck-front', 'head', 0, 1, 96, 122),
    band(head, 'forehead', 'head', 0, 0.6, 8, 42),
    band(head, 'temple', 'head', 0.6, 1, 12, 58),
    band(head, 'eye', 'head', 0, 0.6, 42, 58),
    band(head, 'cheek', 'head', 0, 1, 58, 80),
    band(head, 'jaw', 'head', 0, 1, 80, 103),
    { base: 'ear', part: 'head', polys: [ear.outline()] },
    band(torso, 'collarbone', 'torso', 0.2, 1, 114, 146),
    band(torso, 'sternum', 'torso', -0.2, 0.2, 116, 248, true),
    band(torso, 'chest-upper', 'torso', 0.2, 1, 146, 190),
    band(torso, 'chest-lower', 'torso', 0.2, 0.78, 190, 248),
    band(torso, 'ribs-side', 'torso', 0.78, 1, 190, 292),
    band(torso, 'abdomen-upper', 'torso', 0, 0.78, 248, 292),
    band(torso, 'abdomen-lower', 'torso', 0, 0.66, 292, 340),
    band(torso, 'hip-front', 'torso', 0.66, 1, 292, 392),
    band(torso, 'groin', 'torso', 0.22, 0.66, 340, 392),
    band(torso, 'pubic', 'torso', -0.22, 0.22, 340, 402, true),
    band(leg, 'thigh-inner', 'thigh', -1, -0.3, slope(groinCrease, -1, -0.3), 520),
    band(leg, 'thigh-front-upper', 'thigh', -0.3, 0.4, slope(groinCrease, -0.3, 0.4), 450),
    band(leg, 'thigh-front-lower', 'thigh', -0.3, 0.4, 450, 520),
    band(leg, 'thigh-outer', 'thigh', 0.4, 1, slope(groinCrease, 0.4, 1), 520),
    band(leg, 'knee-inner', 'thigh', -1, -0.4, 520, 574),
    band(leg, 'knee-front', 'thigh', -0.4, 0.45, 520, 574),
    band(leg, 'knee-outer', 'thigh', 0.45, 1, 520, 574),
    band(leg, 'shin', 'lowerleg', -1, 0.15, 574, 692),
    band(leg, 'leg-outer', 'lowerleg', 0.15, 1, 574, 692),
    band(footFront, 'ankle-inner', 'foot', -1, -0.42, 688, 706),
    band(footFront, 'ankle-front', 'foot', -0.42, 0.42, 688, 706),
    band(footFront, 'ankle-outer', 'foot', 0.42, 1, 688, 706),
    band(footFront, 'foot-top', 'foot', -1, 1, 706, 730),
    band(footFront, 'big-toe', 'foot', -1, -0.28, 730, 752),
    band(footFront, 'toes', 'foot', -0.28, 1, 730, 752),
    band(arm, 'shoulder-front', 'arm', -1, 0.15, 0, 42),
    band(arm, 'shoulder-side', 'arm', 0.15, 1, 0, 42),
    band(arm, 'upper-arm-inner', 'arm', -1, -0.35, 42, 88),
    band(arm, 'upper-arm-front', 'arm', -0.35, 0.4, 42, 88),
    band(arm, 'upper-arm-outer', 'arm', 0.4, 1, 42, 88),
    band(arm, 'elbow-inner', 'arm', -1, -0.3, 88, 116),
    band(arm, 'elbow-front', 'arm', -0.3, 1, 88, 116),
    band(arm, 'forearm-front', 'arm', -1, 1, 116, 192),
    band(arm, 'wrist-front', 'hand', -1, 1, 192, 208),
    band(arm, 'palm', 'hand', -1, 1, 208, 246),
    band(arm, 'fingers-front', 'hand', -1, 0.92, 246, 281),
    { base: 'thumb', part: 'hand', polys: [thumb.outline()] },
    { base: 'armpit', part: 'torso', polys: [armpit.outline()] },
  ];
}

export function backShapes(): Shape[] {
  return [
    band(neck, 'neck-back', 'head', 0, 1, 92, 122),
    band(head, 'head-top', 'head', -1, 1, 8, 30, true),
    band(head, 'head-back', 'head', 0, 1, 30, 103),
    band(torso, 'shoulder-top', 'torso', 0.22, 1, 114, 142),
    { base: 'neck-back', part: 'torso', polys: [torso.band(0, 0.22, 114, 142)] },
    band(torso, 'between-shoulder-blades', 'torso', 0, 0.36, 142, 236),
    band(torso, 'shoulder-blade', 'torso', 0.36, 1, 142, 236),
    band(torso, 'mid-back', 'torso', 0, 1, 236, 272),
    band(torso, 'low-back', 'torso', 0, 1, 272, 306),
    band(torso, 'sacrum', 'torso', -0.3, 0.3, 306, 350, true),
    band(torso, 'tailbone', 'torso', -0.22, 0.22, 350, 372, true),
    band(torso, 'perineum', 'torso', -0.22, 0.22, 372, 402, true),
    band(torso, 'buttock-upper', 'torso', 0.3, 0.84, 306, 350),
    band(torso, 'buttock-lower', 'torso', 0.22, 0.84, 350, 402),
    band(torso, 'hip-side', 'torso', 0.84, 1, 306, 402),
    band(leg, 'thigh-back-upper', 'thigh', -1, 1, slope(glutealFold, -1, 1), 462),
    band(leg, 'thigh-back-lower', 'thigh', -1, 1, 462, 522),
    band(leg, 'knee-back', 'thigh', -1, 1, 522, 566),
    band(leg, 'calf-upper', 'lowerleg', -1, 1, 566, 618),
    band(leg, 'calf-lower', 'lowerleg', -1, 1, 618, 660),
    band(leg, 'achilles', 'lowerleg', -1, 1, 660, 698),
    { base: 'heel', part: 'foot', polys: [heelBack.outline()] },
    band(arm, 'shoulder-back', 'arm', -1, 1, 0, 42),
    band(arm, 'upper-arm-back', 'arm', -1, 1, 42, 88),
    band(arm, 'elbow-back', 'arm', -1, 0.3, 88, 118),
    band(arm, 'elbow-outer', 'arm', 0.3, 1, 88, 118),
    band(arm, 'forearm-back', 'arm', -1, 1, 118, 192),
    band(arm, 'wrist-back', 'hand', -1, 1, 192, 208),
    band(arm, 'hand-back', 'hand', -1, 1, 208, 246),
    band(arm, 'fingers-back', 'hand', -1, 0.92, 246, 281),
    { base: 'thumb', part: 'hand', polys: [thumb.outline()] },
  ];
}

export function soleShapes(): Shape[] {
  return [
    band(sole, 'heel', 'foot', -1, 1, 0, 40),
    band(sole, 'arch', 'foot', -1, 1, 40, 100),
    band(sole, 'sole-ball', 'foot', -1, 1, 100, 146),
    band(sole, 'toes-sole', 'foot', -1, 1, 146, 184),
  ];
}

/** Faint lines that make the figure read as a body: face, collarbones, kneecaps, spine, shoulder blades. */
export function frontDecorations(): Decoration[] {
  return [
    { pts: ellipse(11, 50, 5.5, 2.6), closed: true },
    { pts: [{ d: 0, y: 52 }, { d: 2.5, y: 66 }, { d: 0, y: 69 }] , midline: true },
    { pts: arc(0, 83, 9, 2.4), midline: true },
    { pts: torso.across(150, 0.12, 0.82).map((p, i) => ({ d: p.d, y: p.y - 4 + Math.sin((i / 8) * Math.PI) * -3 })) },
    { pts: ellipse(0, 276, 1.6, 2.2), closed: true, midline: true },
    { pts: ellipse(31, 548, 8.5, 11), closed: true },
    { pts: arm.across(246, -0.5, -0.5).concat(arm.line(-0.33, 250, 276)) },
    { pts: arm.line(0.02, 250, 279) },
    { pts: arm.line(0.36, 250, 277) },
    { pts: footFront.line(-0.28, 733, 750) },
    { pts: footFront.line(0.18, 734, 750) },
    { pts: footFront.line(0.58, 734, 748) },
  ];
}

export function backDecorations(): Decoration[] {
  return [
    { pts: torso.line(0, 132, 300), midline: true },
    { pts: [{ d: 24, y: 150 }, { d: 52, y: 156 }, { d: 44, y: 196 }, { d: 26, y: 222 }, { d: 22, y: 176 }], closed: true },
    { pts: [{ d: 0, y: 352 }, { d: 0, y: 392 }], midline: true },
    { pts: arm.line(0.02, 250, 279) },
    { pts: arm.line(0.36, 250, 277) },
    { pts: arm.line(-0.33, 250, 276) },
    { pts: ellipse(31, 544, 10, 3), closed: true },
  ];
}

function ellipse(d: number, y: number, rx: number, ry: number): Point[] {
  return Array.from({ length: 24 }, (_, i) => ({ d: d + rx * Math.cos((i / 24) * 2 * Math.PI), y: y + ry * Math.sin((i / 24) * 2 * Math.PI) }));
}

function arc(d: number, y: number, rx: number, ry: number): Point[] {
  return Array.from({ length: 9 }, (_, i) => {
    const a = Math.PI * (i / 8);
    return { d: d - rx * Math.cos(a), y: y + ry * Math.sin(a) };
  });
}
