declare module 'virtual:myomap-content' {
  /** Regions with what the browser needs of them. */
  export const regions: Pick<import('./schema').Region, 'id' | 'area' | 'label' | 'side'>[];
  export const muscles: import('./browser-content').MuscleSummary[];
  export const muscleLoaders: Record<
    string,
    (() => Promise<{ default: import('./schema').Muscle; namedAsSimilarBy: import('./schema').MuscleId[] }>) | undefined
  >;
}

declare module 'virtual:myomap-red-flags' {
  const redFlags: import('./schema').RedFlag[];
  export default redFlags;
}

declare module 'virtual:myomap-muscle-directory' {
  const entries: Pick<import('./schema').Muscle, 'id' | 'name' | 'otherNames' | 'bodyPart'>[];
  export default entries;
}
