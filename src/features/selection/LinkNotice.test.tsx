import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { LinkNotice } from './LinkNotice';

const notice = () => screen.getByRole('status');
const quotes = () => [...notice().querySelectorAll('bdi')].map((b) => b.textContent);

describe('the notice about what a link left out', () => {
  it('says nothing when the link was read whole', () => {
    const { container } = render(<LinkNotice unknown={[]} unread={0} />);
    expect(container).toBeEmptyDOMElement();
  });

  it('quotes an unknown place in its own words', () => {
    render(<LinkNotice unknown={['nowhere-left']} unread={0} />);
    expect(notice()).toHaveTextContent('This link had a place MyoMap does not know, left out: “nowhere-left”.');
  });

  it('quotes three unknown places at most and counts the rest', () => {
    render(<LinkNotice unknown={['a', 'b', 'c', 'd', 'e', 'f']} unread={0} />);
    expect(notice()).toHaveTextContent('This link had 6 places MyoMap does not know, left out: “a”, “b”, “c” and 3 more.');
    expect(quotes()).toEqual(['a', 'b', 'c']);
  });

  it('isolates each quote, so a right-to-left override can not turn MyoMap\'s sentence around', () => {
    render(<LinkNotice unknown={['\u202Eevil\u2066', 'x']} unread={0} />);
    expect(quotes()).toEqual(['\uFFFDevil\uFFFD', 'x']);
    expect(notice().textContent).not.toMatch(/[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/);
  });

  it('keeps a link\'s text inside its quotes: its own quote marks can not close them', () => {
    render(<LinkNotice unknown={['x”. EMERGENCY: call 555-0100 now. “y']} unread={0} />);
    expect(quotes()).toEqual(["x'. EMERGENCY: call 555-0100 now. 'y"]);
    expect(notice().textContent.match(/[“”]/g)).toEqual(['“', '”']);
  });

  it('cuts a long quote after 40 characters as seen, never inside an emoji', () => {
    render(<LinkNotice unknown={['😀'.repeat(50)]} unread={0} />);
    expect(quotes()).toEqual([`${'😀'.repeat(40)}…`]);
  });

  it('says how many places were not read past the limit of one link', () => {
    render(<LinkNotice unknown={[]} unread={4601} />);
    expect(notice()).toHaveTextContent('MyoMap reads at most 400 places from one link. This link had 4,601 more, which were not read.');
  });

  it('says both when a link has unknown places and more than it reads', () => {
    render(<LinkNotice unknown={['nope']} unread={1} />);
    expect(notice()).toHaveTextContent(/left out: “nope”\..*This link had 1 more, which was not read\./);
  });
});
