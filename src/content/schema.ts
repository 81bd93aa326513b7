import { z } from 'zod';

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
    otherNames: z.array(text),
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
      notes: text.optional(),
    }),
    prevalence: prevalenceSchema,
    triggerPoints: z.array(z.strictObject({ area: areaIdSchema, description: text })).min(1),
    symptoms: texts,
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

export const redFlagSchema = z.strictObject({
  id: redFlagIdSchema,
  name: text,
  /** One or two sentences: what it is and why it matters, in plain words. */
  summary: text,
  /** Region ids (sided) that make this screen relevant. */
  regions: z.array(regionIdSchema).min(1),
  questions: z
    .array(z.strictObject({ id: slug, text: text, urgency: urgencySchema }))
    .min(1),
  /** What to do when a question is answered yes. */
  whatToDo: text,
  sources: z.array(sourceSchema).min(1, 'needs at least one source'),
  notes: text.optional(),
});

export const redFlagsFileSchema = z.strictObject({ redFlags: z.array(redFlagSchema).min(1) });

export type Region = z.infer<typeof regionSchema>;
export type Muscle = z.infer<typeof muscleSchema>;
export type RedFlag = z.infer<typeof redFlagSchema>;
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
