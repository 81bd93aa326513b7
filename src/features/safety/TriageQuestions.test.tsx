import { describe, expect, it } from 'vitest';
import { whyAsked } from './TriageQuestions';

const label = (id: string) => ({ 'palm-right': 'palm, right', 'calf-upper-right': 'upper calf, right' })[id] ?? id;

describe('why a question is asked because of what the person said', () => {
  it('names the kinds that answered the entry question, and the places', () => {
    expect(whyAsked(['palm-right', 'calf-upper-right'], { kinds: ['numbness', 'tingling'] }, label)).toBe(
      'Asked because you marked numbness or tingling: palm, right; upper calf, right.',
    );
  });

  it('names the pain level that brought a screen in', () => {
    expect(whyAsked(['calf-upper-right'], { minIntensity: 9 }, label)).toBe('Asked because you rated the pain 9 or more: upper calf, right.');
  });

  it('says nothing for a question asked only because of where the pain is', () => {
    expect(whyAsked(undefined, { minIntensity: 9 }, label)).toBeUndefined();
    expect(whyAsked([], { kinds: ['numbness'] }, label)).toBeUndefined();
    expect(whyAsked(['palm-right'], undefined, label)).toBeUndefined();
  });
});
