import { z } from 'zod';
import { MAX_INTENSITY, MIN_INTENSITY, PAIN_KINDS, SENSATION_KINDS } from '../domain/pain';

/** A kebab-case slug, the shape of every id in data/. */
const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a kebab-case id like "calf-upper"');
const text = z.string().trim().min(1, 'must not be empty');
const texts = z.array(text).min(1, 'needs at least one entry');

export const sourceSchema = z.strictObject({
  title: text,
  url: z.url({ protocol: /^https?$/ }),
});

export const sideSchema = z.enum(['left', 'right', 'midline']);
export const viewSchema = z.enum(['front', 'back', 'soles']);
export const regionGroupSchema = z.enum([
  'head', 'neck', 'shoulder', 'chest', 'upper-back', 'back', 'abdomen',
  'hip', 'thigh', 'knee', 'lower-leg', 'foot', 'arm', 'hand',
]);

export const regionIdSchema = slug.brand<'RegionId'>();
export const areaIdSchema = slug.brand<'AreaId'>();
export const muscleIdSchema = slug.brand<'MuscleId'>();
export const redFlagIdSchema = slug.brand<'RedFlagId'>();

export const regionSchema = z.strictObject({
  id: regionIdSchema,
  area: areaIdSchema,
  label: text,
  view: viewSchema,
  group: regionGroupSchema,
  side: sideSchema,
});

export const regionsFileSchema = z.strictObject({ regions: z.array(regionSchema).min(1) });

export const prevalenceSchema = z.enum(['common', 'occasional', 'rare']);

export const bodyPartSchema = z.enum([
  'head-neck', 'shoulder-chest', 'upper-arm', 'forearm-hand', 'trunk-pelvis', 'hip-thigh', 'lower-leg', 'foot',
]);

export const painKindSchema = z.enum(PAIN_KINDS);
export const sensationKindSchema = z.enum(SENSATION_KINDS);

export const selfCareStepSchema = z.strictObject({
  title: text,
  how: text,
  duration: text,
  frequency: text,
  pressure: text,
});

export const muscleSchema = z
  .strictObject({
    id: muscleIdSchema,
    name: text,
    /** What a patient would call it, short and lower-case: "deep calf muscle". Shown beside the name. */
    plainName: text,
    otherNames: z.array(text),
    /** What people call the problems this muscle is often behind ("tennis elbow", "shin splints"), for search; sourced in `sources`. */
    conditions: z.array(text).default([]),
    bodyPart: bodyPartSchema,
    location: text,
    actions: texts,
    referral: z.strictObject({
      /** Areas (side-less) where the referred pain is usually felt. */
      primary: z.array(areaIdSchema).min(1, 'needs at least one area'),
      /** Areas of occasional spillover pain. */
      secondary: z.array(areaIdSchema),
      /** Areas the references draw on both sides of the body whichever side the muscle is on. */
      bothSides: z.array(areaIdSchema),
      /** Areas for which the references name this muscle first among the causes (zone-specific ordering). */
      leadingFor: z.array(areaIdSchema).default([]),
      /** Where it sends pain, in plain words for patients (no field names, area ids or source talk). */
      summary: text,
      /** For data authors: which source said what, how prose was mapped to areas. Shown only under "Sources and notes". */
      notes: text.optional(),
    }),
    prevalence: prevalenceSchema,
    triggerPoints: z.array(z.strictObject({ area: areaIdSchema, description: text })).min(1),
    symptoms: texts,
    /**
     * Sensations besides pain (numbness, tingling, burning) that the references describe from this
     * muscle's trigger points or from a nerve it can squeeze, with what they say and where. A place it
     * explains marked with one of these raises it (docs/engine.md). Only where a source says so.
     */
    sensations: z
      .strictObject({
        kinds: z.array(sensationKindSchema).min(1),
        notes: text,
        sources: z.array(sourceSchema).min(1, 'needs at least one source'),
      })
      .optional(),
    causes: texts,
    prevention: texts,
    selfCare: z.strictObject({
      /** True when the muscle cannot be reached safely by self-massage. */
      clinicianOnly: z.boolean(),
      reason: text.optional(),
      steps: z.array(selfCareStepSchema),
    }),
    cautions: z.array(z.strictObject({ where: text, why: text })).min(1),
    similarMuscles: z.array(muscleIdSchema),
    ruleOut: z
      .array(z.strictObject({ condition: text, redFlag: redFlagIdSchema.optional(), warningSigns: texts }))
      .min(1),
    sources: z.array(sourceSchema).min(1, 'needs at least one source'),
    notes: text.optional(),
  })
  .superRefine((m, ctx) => {
    if (!m.selfCare.clinicianOnly && m.selfCare.steps.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['selfCare', 'steps'], message: 'needs at least one step unless clinicianOnly' });
    }
    if (m.selfCare.clinicianOnly && !m.selfCare.reason) {
      ctx.addIssue({ code: 'custom', path: ['selfCare', 'reason'], message: 'clinicianOnly muscles must say why' });
    }
  });

export const urgencySchema = z.enum(['emergency', 'today', 'soon']);

/** Triage questions are short: at most this many words (NHS 111 style). */
export const QUESTION_MAX_WORDS = 25;
const question = text.refine((t) => t.split(/\s+/).length <= QUESTION_MAX_WORDS, `must be at most ${String(QUESTION_MAX_WORDS)} words`);

/** An entry question that opens broad screens ("Did this start with a fall, blow or accident?"). */
export const gateSchema = z.strictObject({
  id: slug,
  text: question,
  /** Pain kinds that answer this question yes for the person: a marked place with one of them ("numbness") opens its screens without asking it. */
  answeredBy: z.array(painKindSchema).min(1).optional(),
  notes: text.optional(),
});

export const redFlagQuestionSchema = z.strictObject({
  id: slug,
  text: question,
  /** What a yes means. */
  urgency: urgencySchema,
  /** What "Not sure" means; by default the same as yes. Never lower than "soon": not sure is never no. */
  notSure: urgencySchema.optional(),
  /** Asked earlier than its urgency alone would place it (higher first; default 0), where a clinical order needs it. */
  priority: z.number().int().min(-10).max(10).optional(),
  /** Overrides the screen's headline when this question means something else ("a blood clot in the lung"). */
  headline: text.optional(),
  /** Overrides the screen's one line of what to do, with the headline. */
  doNow: text.optional(),
});

export const redFlagSchema = z.strictObject({
  id: redFlagIdSchema,
  name: text,
  /** One or two sentences: what it is and why it matters, in plain words. */
  summary: text,
  /** Region ids (sided) that make this screen relevant. Empty only with `minIntensity`: then anywhere. */
  regions: z.array(regionIdSchema),
  /** Asked only for marked places at this pain level or above (1-10), and then never "broad". */
  minIntensity: z.number().int().min(MIN_INTENSITY).max(MAX_INTENSITY).optional(),
  /** The entry question (an id in `gates`) whose yes opens this screen; broad screens need one or go to "More checks". */
  gate: slug.optional(),
  questions: z.array(redFlagQuestionSchema).min(1),
  /** The outcome's headline after a yes: "This could be a blood clot in the leg." */
  headline: text,
  /** One line of what to do at once, shown under the headline. May use {emergency}. */
  doNow: text,
  /** What to do when a question is answered yes, in full. Uses {emergency}, never a hard-coded number. */
  whatToDo: text,
  sources: z.array(sourceSchema).min(1, 'needs at least one source'),
  notes: text.optional(),
}).refine((f) => f.regions.length > 0 || f.minIntensity !== undefined, { path: ['regions'], message: 'needs at least one region unless minIntensity is given' });

export const redFlagsFileSchema = z.strictObject({
  gates: z.array(gateSchema),
  redFlags: z.array(redFlagSchema).min(1),
});

/** One country's (or one part of a country's) numbers for help, from its own health services. */
export const countrySchema = z.strictObject({
  /** ISO 3166-1 alpha-2, or ISO 3166-2 for a part with its own lines ("CA-QC"). */
  code: z.string().regex(/^[A-Z]{2}(-[A-Z0-9]{1,3})?$/, 'must be an ISO 3166 code like "DE" or "CA-QC"'),
  name: text,
  /** The number that reaches an ambulance. The call button dials only this. */
  emergency: z.string().regex(/^[0-9]{2,4}$/, 'must be a short dialable emergency number'),
  /** Other numbers that also reach emergency services (e.g. 112 on mobiles in the UK). */
  alsoEmergency: z.array(z.string().regex(/^[0-9]{2,4}$/)).default([]),
  /** An urgent but not emergency medical line, where the country has one (116117, NHS 111, 811). */
  urgent: z.strictObject({ number: z.string().regex(/^[0-9 ]{3,15}$/), name: text }).optional(),
  /** A free crisis line for thoughts of suicide or self-harm. */
  crisis: z.strictObject({ number: z.string().regex(/^[0-9 ]{3,15}$/), name: text }),
  /** IANA time zones used to guess this country on the device (never from a request). */
  timeZones: z.array(z.string().regex(/^[A-Za-z_]+(\/[A-Za-z0-9_+-]+)+$/)),
  sources: z.array(sourceSchema).min(1),
  notes: text.optional(),
});

export const countriesFileSchema = z.strictObject({ countries: z.array(countrySchema).min(30) });

/** One item of the everyone-first checklist ("Do any of these apply now?"). */
export const firstCheckItemSchema = z.strictObject({
  id: slug,
  text: question,
  /** Emergency for all but the crisis item, whose outcome names the crisis line. */
  kind: z.enum(['emergency', 'crisis']),
  headline: text,
  doNow: text,
  sources: z.array(sourceSchema).min(1),
});

export const firstCheckFileSchema = z.strictObject({
  items: z.array(firstCheckItemSchema).min(1),
  /** Why MyoMap's advice is for adults only, and what a child or teenager should do instead. */
  under16: z.strictObject({ headline: text, why: text, doNow: text, sources: z.array(sourceSchema).min(1) }),
});

export type Region = z.infer<typeof regionSchema>;
export type Muscle = z.infer<typeof muscleSchema>;
export type RedFlag = z.infer<typeof redFlagSchema>;
export type RedFlagQuestion = z.infer<typeof redFlagQuestionSchema>;
export type Gate = z.infer<typeof gateSchema>;
export type Country = z.infer<typeof countrySchema>;
export type FirstCheckItem = z.infer<typeof firstCheckItemSchema>;
export type FirstCheck = z.infer<typeof firstCheckFileSchema>;
export type Prevalence = z.infer<typeof prevalenceSchema>;
export type Urgency = z.infer<typeof urgencySchema>;
export type Source = z.infer<typeof sourceSchema>;
export type RegionId = z.infer<typeof regionIdSchema>;
export type AreaId = z.infer<typeof areaIdSchema>;
export type MuscleId = z.infer<typeof muscleIdSchema>;
export type RedFlagId = z.infer<typeof redFlagIdSchema>;
export type Side = z.infer<typeof sideSchema>;
export type View = z.infer<typeof viewSchema>;
export type BodyPart = z.infer<typeof bodyPartSchema>;
export type SelfCareStep = z.infer<typeof selfCareStepSchema>;
