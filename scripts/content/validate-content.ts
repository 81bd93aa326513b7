import type { z } from 'zod';
import {
  countriesFileSchema,
  firstCheckFileSchema,
  muscleSchema,
  redFlagsFileSchema,
  regionsFileSchema,
  type AreaId,
  type Country,
  type FirstCheck,
  type Gate,
  type Muscle,
  type MuscleId,
  type RedFlag,
  type RedFlagId,
  type Region,
  type RegionId,
} from '../../src/content/schema';
import { closest } from '../../src/lib/closest';

/** One data file as read from disk (or bundled): its path for messages and its parsed JSON. */
export interface RawFile {
  path: string;
  data: unknown;
}

export interface RawContent {
  regions: RawFile;
  muscles: RawFile[];
  redFlags: RawFile;
  countries: RawFile;
  firstCheck: RawFile;
}

/** The validated, cross-checked content every other layer uses. */
export interface Content {
  regions: Region[];
  areas: AreaId[];
  muscles: Muscle[];
  redFlags: RedFlag[];
  gates: Gate[];
  countries: Country[];
  firstCheck: FirstCheck;
}

/** Phone numbers in text people read come from the country data, never from the text itself. */
const HARD_CODED_NUMBER = /(?<![\w{])(?:911|112|999|000|111|119|988|116 ?117|811|13 ?11 ?14)(?![\w}])/;
const TOKEN = /\{(\w+)\}/g;

function checkText(problems: string[], at: string, value: string, tokens: readonly string[]): void {
  if (HARD_CODED_NUMBER.test(value)) problems.push(`${at}: names a phone number; write {emergency} instead, so it matches the person's country`);
  for (const [, token] of value.matchAll(TOKEN)) {
    if (!tokens.includes(token ?? '')) problems.push(`${at}: unknown token {${token ?? ''}} (known: ${tokens.map((t) => `{${t}}`).join(', ')})`);
  }
}

/** Thrown when data/ is invalid; `problems` are one line each, naming the file and the field. */
export class ContentError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid data (${String(problems.length)} problem${problems.length === 1 ? '' : 's'}):\n- ${problems.join('\n- ')}`);
    this.name = 'ContentError';
  }
}

function fieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((acc, key) => (typeof key === 'number' ? `${acc}[${String(key)}]` : acc ? `${acc}.${String(key)}` : String(key)), '');
}

function zodProblems(file: string, error: z.ZodError): string[] {
  return error.issues.map((issue) => `${file}: ${fieldPath(issue.path) || '(root)'}: ${issue.message}`);
}

function unknownId(kind: string, value: string, known: readonly string[]): string {
  const near = closest(value, known, 3);
  return `unknown ${kind} "${value}"${near.length ? ` (closest: ${near.join(', ')})` : ''}`;
}

/** Validates every data file and the links between them; throws ContentError listing all problems. */
export function validateContent(raw: RawContent): Content {
  const problems: string[] = [];

  const regionsParsed = regionsFileSchema.safeParse(raw.regions.data);
  if (!regionsParsed.success) throw new ContentError(zodProblems(raw.regions.path, regionsParsed.error));
  const regions = regionsParsed.data.regions;
  const regionIds = new Set<string>();
  regions.forEach((r, i) => {
    if (regionIds.has(r.id)) problems.push(`${raw.regions.path}: regions[${String(i)}].id: duplicate id "${r.id}"`);
    regionIds.add(r.id);
  });
  const areas = [...new Set(regions.map((r) => r.area))];
  const areaSet = new Set<string>(areas);

  const redFlagsParsed = redFlagsFileSchema.safeParse(raw.redFlags.data);
  const redFlags: RedFlag[] = redFlagsParsed.success ? redFlagsParsed.data.redFlags : [];
  const gates: Gate[] = redFlagsParsed.success ? redFlagsParsed.data.gates : [];
  if (!redFlagsParsed.success) problems.push(...zodProblems(raw.redFlags.path, redFlagsParsed.error));
  const gateIds = new Set<string>();
  gates.forEach((g, i) => {
    if (gateIds.has(g.id)) problems.push(`${raw.redFlags.path}: gates[${String(i)}].id: duplicate id "${g.id}"`);
    gateIds.add(g.id);
  });
  const usedGates = new Set<string>();
  const redFlagIds = new Set<string>();
  redFlags.forEach((flag, i) => {
    const at = `${raw.redFlags.path}: redFlags[${String(i)}]`;
    if (redFlagIds.has(flag.id)) problems.push(`${at}.id: duplicate id "${flag.id}"`);
    redFlagIds.add(flag.id);
    if (flag.gate !== undefined) {
      usedGates.add(flag.gate);
      if (!gateIds.has(flag.gate)) problems.push(`${at}.gate: ${unknownId('gate', flag.gate, [...gateIds])}`);
    }
    flag.regions.forEach((id, j) => {
      if (!regionIds.has(id)) problems.push(`${at}.regions[${String(j)}]: ${unknownId('region', id, [...regionIds])}`);
    });
    const questionIds = new Set<string>();
    flag.questions.forEach((q, j) => {
      if (questionIds.has(q.id)) problems.push(`${at}.questions[${String(j)}].id: duplicate question id "${q.id}"`);
      questionIds.add(q.id);
      if (q.notSure === 'soon' && q.urgency !== 'soon') {
        // Allowed, but only where a source says so: the notes must explain it.
        if (!flag.notes) problems.push(`${at}.questions[${String(j)}].notSure: weaker than yes; say why in notes`);
      }
      checkText(problems, `${at}.questions[${String(j)}].text`, q.text, []);
      if (q.doNow !== undefined) checkText(problems, `${at}.questions[${String(j)}].doNow`, q.doNow, ['emergency']);
      if (q.doNow !== undefined && q.headline === undefined) problems.push(`${at}.questions[${String(j)}].doNow: give a headline too (what to do follows from what it could be)`);
    });
    for (const field of ['summary', 'headline', 'doNow', 'whatToDo'] as const) checkText(problems, `${at}.${field}`, flag[field], ['emergency']);
  });
  gates.forEach((g, i) => {
    if (!usedGates.has(g.id)) problems.push(`${raw.redFlags.path}: gates[${String(i)}]: "${g.id}" opens no screen`);
    checkText(problems, `${raw.redFlags.path}: gates[${String(i)}].text`, g.text, []);
  });

  const countriesParsed = countriesFileSchema.safeParse(raw.countries.data);
  const countries: Country[] = countriesParsed.success ? countriesParsed.data.countries : [];
  if (!countriesParsed.success) problems.push(...zodProblems(raw.countries.path, countriesParsed.error));
  const codes = new Set<string>();
  const zones = new Map<string, string>();
  countries.forEach((c, i) => {
    const at = `${raw.countries.path}: countries[${String(i)}]`;
    if (codes.has(c.code)) problems.push(`${at}.code: duplicate code "${c.code}"`);
    codes.add(c.code);
    for (const zone of c.timeZones) {
      const twin = zones.get(zone);
      if (twin) problems.push(`${at}.timeZones: "${zone}" is also ${twin}'s`);
      zones.set(zone, c.code);
    }
  });

  const firstCheckParsed = firstCheckFileSchema.safeParse(raw.firstCheck.data);
  if (!firstCheckParsed.success) problems.push(...zodProblems(raw.firstCheck.path, firstCheckParsed.error));
  const firstCheck: FirstCheck = firstCheckParsed.success
    ? firstCheckParsed.data
    : { items: [], under16: { headline: '', why: '', doNow: '', sources: [] } };
  firstCheck.items.forEach((item, i) => {
    const at = `${raw.firstCheck.path}: items[${String(i)}]`;
    checkText(problems, `${at}.text`, item.text, []);
    for (const field of ['headline', 'doNow'] as const) checkText(problems, `${at}.${field}`, item[field], ['emergency', 'crisis']);
  });
  for (const field of ['headline', 'why', 'doNow'] as const) checkText(problems, `${raw.firstCheck.path}: under16.${field}`, firstCheck.under16[field], ['emergency']);

  const muscles: Muscle[] = [];
  const fileById = new Map<string, string>();
  for (const file of raw.muscles) {
    const parsed = muscleSchema.safeParse(file.data);
    if (!parsed.success) {
      problems.push(...zodProblems(file.path, parsed.error));
      continue;
    }
    const m = parsed.data;
    const expectedName = `${m.id}.json`;
    if (!file.path.endsWith(`/${expectedName}`) && file.path !== expectedName) {
      problems.push(`${file.path}: id: "${m.id}" does not match the file name (expected ${expectedName})`);
    }
    const twin = fileById.get(m.id);
    if (twin) problems.push(`${file.path}: id: duplicate id "${m.id}" (also in ${twin})`);
    fileById.set(m.id, file.path);
    muscles.push(m);
  }
  const muscleIds = [...fileById.keys()];
  const muscleIdSet = new Set(muscleIds);

  for (const m of muscles) {
    const file = fileById.get(m.id) ?? m.id;
    const checkArea = (field: string, area: string) => {
      if (!areaSet.has(area)) problems.push(`${file}: ${field}: ${unknownId('area', area, areas)}`);
    };
    m.referral.primary.forEach((a, i) => { checkArea(`referral.primary[${String(i)}]`, a); });
    m.referral.secondary.forEach((a, i) => {
      checkArea(`referral.secondary[${String(i)}]`, a);
      if (m.referral.primary.includes(a)) problems.push(`${file}: referral.secondary[${String(i)}]: "${a}" is already primary`);
    });
    m.referral.bothSides.forEach((a, i) => {
      checkArea(`referral.bothSides[${String(i)}]`, a);
      if (!m.referral.primary.includes(a) && !m.referral.secondary.includes(a)) {
        problems.push(`${file}: referral.bothSides[${String(i)}]: "${a}" is in neither the primary nor the secondary zone`);
      }
    });
    m.referral.leadingFor.forEach((a, i) => {
      if (!m.referral.primary.includes(a) && !m.referral.secondary.includes(a)) {
        problems.push(`${file}: referral.leadingFor[${String(i)}]: "${a}" is in neither the primary nor the secondary zone`);
      }
    });
    m.triggerPoints.forEach((tp, i) => { checkArea(`triggerPoints[${String(i)}].area`, tp.area); });
    m.similarMuscles.forEach((id, i) => {
      if (id === m.id) problems.push(`${file}: similarMuscles[${String(i)}]: a muscle cannot be similar to itself`);
      else if (!muscleIdSet.has(id)) problems.push(`${file}: similarMuscles[${String(i)}]: ${unknownId('muscle', id, muscleIds)}`);
    });
    m.ruleOut.forEach((r, i) => {
      if (r.redFlag && !redFlagIds.has(r.redFlag)) {
        problems.push(`${file}: ruleOut[${String(i)}].redFlag: ${unknownId('red flag', r.redFlag, [...redFlagIds])}`);
      }
    });
  }

  if (problems.length) throw new ContentError(problems);
  muscles.sort((a, b) => a.id.localeCompare(b.id));
  return { regions, areas, muscles, redFlags, gates, countries, firstCheck };
}

export type { AreaId, Muscle, MuscleId, RedFlag, RedFlagId, Region, RegionId };
