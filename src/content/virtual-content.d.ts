declare module 'virtual:myomap-content' {
  /** Regions with what the browser needs of them. */
  export const regions: Pick<import('./schema').Region, 'id' | 'area' | 'label' | 'side'>[];
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

declare module 'virtual:myomap-red-flags' {
  const redFlags: import('./schema').RedFlag[];
  export default redFlags;
}

declare module 'virtual:myomap-muscle-directory' {
  const entries: Pick<import('./schema').Muscle, 'id' | 'name' | 'otherNames' | 'bodyPart'>[];
  export default entries;
}
