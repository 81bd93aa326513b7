declare module 'virtual:myomap-content' {
  /** Regions with what the browser needs of them. */
  export const regions: Pick<import('./schema').Region, 'id' | 'area' | 'label' | 'side' | 'view'>[];
  export const muscles: import('./browser-content').MuscleSummary[];
}

declare module 'virtual:myomap-muscle-loaders' {
  /** One loader per muscle id, each importing that muscle's own chunk. */
  const loaders: Record<
    string,
    (() => Promise<{ default: import('./schema').Muscle; namedAsSimilarBy: import('./schema').MuscleId[] }>) | undefined
  >;
  export default loaders;
}

declare module 'virtual:myomap-safety-url' {
  /** The address of the safety data (red flags, gates, the first check, countries' numbers) as JSON. */
  const url: string;
  export default url;
}

declare module 'virtual:myomap-muscle-directory' {
  const entries: (Pick<import('./schema').Muscle, 'id' | 'name' | 'plainName' | 'otherNames' | 'conditions' | 'symptoms' | 'prevalence' | 'bodyPart'> & {
    /** Plain words for the main pain area's places. */
    places: string[];
  })[];
  export default entries;
}

declare module 'virtual:myomap-row-extras' {
  /** By muscle id: its plain name ("soleus": "deep calf muscle") and the areas of its trigger points. */
  const extras: { names: Record<string, string | undefined>; triggerPoints: Record<string, import('./schema').AreaId[] | undefined> };
  export default extras;
}
