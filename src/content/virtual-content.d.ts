declare module 'virtual:myomap-content' {
  export const namedAsSimilarBy: Record<string, string[] | undefined>;
  export const regions: import('./schema').Region[];
  export const muscles: import('./browser-content').MuscleSummary[];
  export const redFlags: import('./schema').RedFlag[];
  export const muscleLoaders: Record<string, (() => Promise<import('./schema').Muscle>) | undefined>;
}
