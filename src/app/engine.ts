import { buildEngineIndex } from '../domain/rank';
import { content } from '../content/browser-content';

/** The engine's tables for the bundled data, built once at start-up. */
export const engineIndex = buildEngineIndex(content.regions, content.muscles);
