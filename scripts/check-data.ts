import { loadContent } from '../src/content/load-content-node';
import { ContentError } from '../src/content/validate-content';

try {
  const content = loadContent();
  console.log(`data OK: ${String(content.regions.length)} regions, ${String(content.muscles.length)} muscles, ${String(content.redFlags.length)} red flags`);
} catch (error) {
  if (error instanceof ContentError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
