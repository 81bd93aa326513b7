import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { MAX_IDS } from '../../domain/selection';
import { LinkNotice } from './LinkNotice';

const notice = () => screen.getByRole('status');
const quotes = () => [...notice().querySelectorAll('bdi')].map((b) => b.textContent);

describe('the notice about what a link left out', () => {
  it('says nothing when the link was read whole', () => {
    const { container } = render(<LinkNotice unknown={[]} unread={0} limit={MAX_IDS} />);
    expect(container).toBeEmptyDOMElement();
  });

  it('quotes an unknown place in its own words', () => {
    render(<LinkNotice unknown={['nowhere-left']} unread={0} limit={MAX_IDS} />);
    expect(notice()).toHaveTextContent('This link had a place MyoMap does not know, left out: “nowhere-left”.');
  });

  it('quotes three unknown places at most and counts the rest', () => {
    render(<LinkNotice unknown={['a', 'b', 'c', 'd', 'e', 'f']} unread={0} limit={MAX_IDS} />);
    expect(notice()).toHaveTextContent('This link had 6 places MyoMap does not know, left out: “a”, “b”, “c” and 3 more.');
    expect(quotes()).toEqual(['a', 'b', 'c']);
  });

  it('isolates each quote, so a right-to-left override can not turn MyoMap\'s sentence around', () => {
    render(<LinkNotice unknown={['\u202Eevil\u2066', 'x']} unread={0} limit={MAX_IDS} />);
    expect(quotes()).toEqual(['\uFFFDevil\uFFFD', 'x']);
    expect(notice().textContent).not.toMatch(/[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/);
  });

  it('keeps a link\'s text inside its quotes: its own quote marks can not close them', () => {
    render(<LinkNotice unknown={['x”. EMERGENCY: call 555-0100 now. “y']} unread={0} limit={MAX_IDS} />);
    expect(quotes()).toEqual(["x'. EMERGENCY: call 555-0100 now. 'y"]);
    expect(notice().textContent.match(/[“”]/g)).toEqual(['“', '”']);
  });

  it('cuts a long quote after 40 characters as seen, never inside an emoji', () => {
    render(<LinkNotice unknown={['😀'.repeat(50)]} unread={0} limit={MAX_IDS} />);
    expect(quotes()).toEqual([`${'😀'.repeat(40)}…`]);
  });

  it('says how many places were not read past the limit of one link', () => {
    render(<LinkNotice unknown={[]} unread={4601} limit={MAX_IDS} />);
    expect(notice()).toHaveTextContent('MyoMap reads at most 400 places from one link. This link had 4,601 more, which were not read.');
  });

  it('says both when a link has unknown places and more than it reads', () => {
    render(<LinkNotice unknown={['nope']} unread={1} limit={MAX_IDS} />);
    expect(notice()).toHaveTextContent(/left out: “nope”\..*This link had 1 more, which was not read\./);
  });
});

describe('the notice about pain levels and kinds a link gave that were not understood', () => {
  it('says in its own words that the place is kept at level 5', () => {
    render(<LinkNotice unknown={[]} unread={0} limit={MAX_IDS} bad={[{ place: 'Back of knee, right', field: 'intensity', text: '12' }]} />);
    expect(notice()).toHaveTextContent('The pain level “12” for Back of knee, right was not understood, so the place is kept at level 5.');
  });

  it('says the place is kept without a kind when the kind was not understood', () => {
    render(<LinkNotice unknown={[]} unread={0} limit={MAX_IDS} bad={[{ place: 'Heel, left', field: 'kind', text: 'stabbing' }]} />);
    expect(notice()).toHaveTextContent('The kind of pain “stabbing” for Heel, left was not understood, so the place is kept without a kind.');
  });

  it('quotes a bad value as it quotes an unknown place: isolated, cleaned, its quote marks replaced', () => {
    render(<LinkNotice unknown={[]} unread={0} limit={MAX_IDS} bad={[{ place: 'Heel, left', field: 'kind', text: '\u202Ex”. Call 555-0100 “y' }]} />);
    expect(quotes()).toEqual(["\uFFFDx'. Call 555-0100 'y"]);
    expect(notice().textContent).not.toMatch(/[\u202A-\u202E]/);
  });

  it('names three at most and counts the rest', () => {
    const bad = ['a', 'b', 'c', 'd', 'e'].map((text) => ({ place: 'Heel, left', field: 'intensity' as const, text }));
    render(<LinkNotice unknown={[]} unread={0} limit={MAX_IDS} bad={bad} />);
    expect(quotes()).toEqual(['a', 'b', 'c']);
    expect(notice()).toHaveTextContent('2 more values were not understood either.');
  });
});
