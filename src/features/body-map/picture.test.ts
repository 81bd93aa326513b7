import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cropFor, parseArt, pathBounds, pictureSvg, pictureUrl, viewsShowing } from './picture';

const art = (view: string) => parseArt(readFileSync(join(import.meta.dirname, `art/body-${view}.svg`), 'utf8'));
const sets = (primary: string[], secondary: string[] = [], triggerPoints: string[] = []) => ({
  primary: new Set(primary),
  secondary: new Set(secondary),
  triggerPoints: new Set(triggerPoints),
});

describe('pattern pictures', () => {
  it('reads the bounds of an art path (M, relative l pairs, z)', () => {
    expect(pathBounds('M10 20l5 0 0 10-8 0z')).toEqual([7, 20, 15, 30]);
  });

  it('reads every region shape of a view', () => {
    const front = art('front');
    expect(front.length).toBeGreaterThan(80);
    expect(front.find((s) => s.id === 'temple-right')?.bounds[1]).toBeLessThan(20);
  });

  it('crops to the main pain area with the spillover next to it, not the spillover far away', () => {
    const back = art('back');
    // A soleus-like pattern: calf and heel, spillover to the lower back far above.
    const box = cropFor(back, sets(['calf-lower-right'], ['heel-right', 'low-back-right']));
    const calf = back.find((s) => s.id === 'calf-lower-right');
    const lowBack = back.find((s) => s.id === 'low-back-right');
    expect(box && calf && lowBack).toBeTruthy();
    if (!box || !calf || !lowBack) return;
    expect(box[1]).toBeLessThanOrEqual(calf.bounds[1]);
    expect(box[1] + box[3]).toBeGreaterThanOrEqual(calf.bounds[3]);
    expect(box[1]).toBeGreaterThan(lowBack.bounds[3]); // the lower back stays out
    expect(box[2]).toBeGreaterThanOrEqual(0.6 * box[3]); // never a thin strip
  });

  it('picks the view with most of the main pain area first', () => {
    const views = viewsShowing({ front: art('front'), back: art('back'), soles: art('soles') }, sets(['heel-right', 'calf-lower-right', 'calf-upper-right'], ['knee-back-right']));
    expect(views[0]).toBe('back');
    expect(views).not.toContain('front');
  });

  it('draws the main area filled, the spillover hatched, the marks outlined and the trigger points as dots', () => {
    const back = art('back');
    const pattern = sets(['calf-lower-right'], ['heel-right'], ['calf-upper-right']);
    const box = cropFor(back, pattern) ?? [0, 0, 1, 1];
    const svg = pictureSvg(back, box, pattern, new Set(['heel-right']));
    expect(svg).toContain('fill="#c2410c"');
    expect(svg).toContain('fill="url(#h)"');
    expect(svg.match(/<circle /g)).toHaveLength(1);
    expect(svg).toMatch(/stroke="#1d2b6b"[^>]*><path d=/);
    expect(pictureUrl('back', back, box, pattern, new Set(['heel-right']))).toBe(pictureUrl('back', back, box, pattern, new Set(['heel-right'])));
    expect(pictureUrl('back', back, box, pattern, new Set())).not.toBe(pictureUrl('back', back, box, pattern, new Set(['heel-right'])));
  });
});
