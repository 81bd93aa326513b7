// The budgets `npm run bench -- --check` holds MyoMap to; the first-load one is also a test on the build
// (tests/e2e/first-load.e2e.test.ts). Change one only with a reason in docs/performance.md.
export const BUDGETS = {
  engineMicrosPerRank: { max: 50 },
  firstLoadJsGzipKb: { max: 110 },
  clickToResultsP95Ms: { max: 50 },
  lighthousePerformance: { min: 0.95 },
  lighthouseAccessibility: { min: 1 },
} as const;
