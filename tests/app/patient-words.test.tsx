import { describe, expect, it } from 'vitest';
import { render } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { loadContent } from '../../scripts/content/load-content-node';
import { areaLabels } from '../../src/domain/regions';
import { MusclePage } from '../../src/features/muscle/MusclePage';

const content = loadContent();
const labels = areaLabels(content.regions);
const ids = new Set<string>([...content.regions.map((r) => r.id), ...content.areas].filter((id) => id.includes('-')));

/** Words a patient should never read: field names, area ids, and data authors' jargon. */
function authorWords(text: string): string[] {
  const camel = text.match(/\b[a-z]+[A-Z][A-Za-z]*\b/g) ?? [];
  const hyphenated = (text.match(/\b[a-z]+(?:-[a-z]+)+\b/g) ?? []).filter((w) => ids.has(w));
  const jargon = text.match(/\b(mapped|primary zone|secondary zone|zones?)\b/gi) ?? [];
  return [...camel, ...hyphenated, ...jargon];
}

describe('patient words on every muscle page', () => {
  it('finds author words in a sample of bad text', () => {
    expect(authorWords('so bothSides is left empty; mapped as ankle-inner (secondary zone)')).toEqual(['bothSides', 'ankle-inner', 'mapped', 'secondary zone']);
  });

  it.each(content.muscles.map((m) => [m.id, m] as const))('%s shows no field names, area ids or author words', (_id, muscle) => {
    const { container, unmount } = render(
      <MemoryRouter>
        <MusclePage muscle={muscle} areaLabel={(a) => labels.get(a) ?? a} similar={[]} figure={null} backHref="/" backLabel="Body map" emergency="999" />
      </MemoryRouter>,
    );
    // Text node by text node: textContent would run "results" and "Abductor" together into "resultsAbductor".
    const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
    const parts: string[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) parts.push(node.textContent ?? '');
    const text = parts.join(' ');
    unmount();
    expect(authorWords(text)).toEqual([]);
  });
});
