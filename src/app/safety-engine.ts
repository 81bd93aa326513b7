// What the safety check computes with, loaded with its data rather than in the first load.
export { assess, currentPage, triage } from '../domain/safety';
export { firstHoldsAll, firstState } from '../domain/first-check';
