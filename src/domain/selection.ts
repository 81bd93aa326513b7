import type { RegionId } from '../content/schema';
import { DEFAULT_INTENSITY, isPainKind, type PlaceDetail } from './pain';

/** What was said about each marked place; only places with a level other than 5 or a kind have an entry. */
export type Details = Readonly<Partial<Record<RegionId, PlaceDetail>>>;

/** No details: one shared object, so "nothing changed" is a cheap identity check. */
export const NO_DETAILS: Details = Object.freeze({});

/** A pain level or kind in a link that was not understood; the place is kept, at level 5 or without a kind. */
export interface BadDetail {
  id: RegionId;
  field: 'intensity' | 'kind';
  /** As given. */
  text: string;
}

export interface ParsedSelection {
  /** Known region ids, in the order given, without repeats. */
  ids: RegionId[];
  /** Pain level and kind of the places that have them (`knee-back-right:7:cramping`). */
  details: Details;
  /** Levels and kinds that were not understood, in the order given. */
  bad: BadDetail[];
  /** Parts that are not regions (shown to the person, then dropped), as given, without repeats. */
  unknown: string[];
  /** How many more distinct parts the link had past MAX_IDS: not read at all, but counted so they can be named. */
  unread: number;
}

/** The most distinct parts a link may carry before the rest are left unread (there are 148 regions). */
export const MAX_IDS = 400;

/** One comma-separated part of a link, read: a known place (with what was said about it) or text that is not one. */
type Part = { key: string; id: RegionId; detail?: PlaceDetail; bad: BadDetail[] } | { key: string; id?: undefined; text: string };

const LEVEL = /^(10|[1-9])$/;

// One part on its own: `id`, `id:level`, `id:level:kind` or `id::kind` (`id:kind` is read too). `key`
// says which parts repeat one another; a place with details keeps its id as key, so it is read once.
function readPart(piece: string, known: ReadonlySet<string>): Part | undefined {
  const text = piece.trim();
  if (!text) return undefined;
  const colon = text.indexOf(':');
  const id = colon < 0 ? text : text.slice(0, colon);
  if (!known.has(id)) return { key: text, text };
  const bad: BadDetail[] = [];
  if (colon < 0) return { key: id, id: id as RegionId, bad };
  const [first = '', ...rest] = text.slice(colon + 1).split(':');
  const kindFirst = rest.length === 0 && isPainKind(first.toLowerCase());
  const level = kindFirst ? '' : first;
  const kind = kindFirst ? first : rest.join(':');
  const detail: PlaceDetail = { intensity: DEFAULT_INTENSITY };
  if (LEVEL.test(level)) detail.intensity = Number(level);
  else if (level) bad.push({ id: id as RegionId, field: 'intensity', text: level });
  if (isPainKind(kind.toLowerCase())) detail.kind = kind.toLowerCase() as PlaceDetail['kind'];
  else if (kind) bad.push({ id: id as RegionId, field: 'kind', text: kind });
  const plain = detail.intensity === DEFAULT_INTENSITY && !detail.kind;
  return plain ? { key: id, id: id as RegionId, bad } : { key: id, id: id as RegionId, detail, bad };
}

/**
 * Parses every `r` query parameter of a link (already URL-decoded) into region ids; plain commas
 * separate places, and a place may carry its pain level and kind (`knee-back-right:7:cramping`,
 * `heel-right::burning`, `heel-right:8`; docs/engine.md). A level or kind not understood is listed in
 * `bad` and the place kept without it. Empty parts and repeats are dropped first, then at most MAX_IDS distinct parts are read
 * and the rest only counted, so junk can neither push a real place past the cap nor vanish unmentioned.
 * `parseSelection(['knee-back-right,nope', 'heel-left'], known) // -> { ids: ['knee-back-right', 'heel-left'], unknown: ['nope'], unread: 0 }`
 */
export function parseSelection(raw: string | readonly string[] | null | undefined, known: ReadonlySet<string>): ParsedSelection {
  const ids: RegionId[] = [];
  const unknown: string[] = [];
  const details: Partial<Record<RegionId, PlaceDetail>> = {};
  const bad: BadDetail[] = [];
  let unread = 0;
  const values = raw == null ? [] : typeof raw === 'string' ? [raw] : raw;
  const seen = new Set<string>();
  for (const value of values) {
    for (const piece of value.split(',')) {
      const part = readPart(piece, known);
      if (!part || seen.has(part.key)) continue;
      seen.add(part.key);
      if (seen.size > MAX_IDS) unread++;
      else if (part.id !== undefined) {
        ids.push(part.id);
        if (part.detail) details[part.id] = part.detail;
        bad.push(...part.bad);
      } else unknown.push(part.text);
    }
  }
  return { ids, details: Object.keys(details).length ? details : NO_DETAILS, bad, unknown, unread };
}

/** One place as a link writes it: `knee-back-right`, `knee-back-right:7`, `knee-back-right::cramping`, `knee-back-right:7:cramping`. */
export function placeToken(id: RegionId, detail: PlaceDetail | undefined): string {
  if (!detail) return id;
  const level = detail.intensity === DEFAULT_INTENSITY ? '' : String(detail.intensity);
  return detail.kind ? `${id}:${level}:${detail.kind}` : level ? `${id}:${level}` : id;
}

/** The value of `r` for a selection: `knee-back-right:7:cramping,calf-upper-right`. */
export function selectionParam(ids: readonly RegionId[], details: Details = NO_DETAILS): string {
  return ids.map((id) => placeToken(id, details[id])).join(',');
}

/** The query string for a selection, with plain commas: `?r=knee-back-right:7,calf-upper-right`, or '' when empty. */
export function selectionSearch(ids: readonly RegionId[], details: Details = NO_DETAILS): string {
  return ids.length ? `?r=${selectionParam(ids, details)}` : '';
}

/** The details with one place's set (left out, or level 5 and no kind: its entry removed); the same object when nothing changes. */
export function withDetail(details: Details, id: RegionId, detail?: PlaceDetail): Details {
  const token = placeToken(id, detail);
  if (token === placeToken(id, details[id])) return details;
  const next: Partial<Record<RegionId, PlaceDetail>> = {};
  for (const key of Object.keys(details) as RegionId[]) if (key !== id) next[key] = details[key];
  if (detail && token !== id) next[id] = detail;
  return Object.keys(next).length ? next : NO_DETAILS;
}

/** The selection with `id` added (at the end) or removed. */
export function toggleRegion(ids: readonly RegionId[], id: RegionId): RegionId[] {
  return ids.includes(id) ? ids.filter((x) => x !== id) : [...ids, id];
}

/** Whether two id lists are the same, in the same order: `sameIds(['a'], ['a']) // -> true`. */
export function sameIds(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
