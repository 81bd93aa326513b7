import { Fragment } from 'react';
import { shownText } from '../../lib/shown-text';

export interface LinkNoticeProps {
  /** What the link had that is not a place, as given. */
  unknown: readonly string[];
  /** How many more parts the link had than MyoMap reads from one. */
  unread: number;
  /** How many parts MyoMap reads from one link (MAX_IDS, passed in so this lazy module shares no code with the first load). */
  limit: number;
  /** Pain levels and kinds the link gave that were not understood, with the place's name in plain words. */
  bad?: readonly { place: string; field: 'intensity' | 'kind'; text: string }[];
}

/** How many unknown parts are quoted; the rest are only counted. */
export const LISTED = 3;
/** How many characters of each are shown. */
export const QUOTED_LENGTH = 40;

// Double quotes in the link's text would let it close MyoMap's quote and carry on as if in MyoMap's words.
const QUOTES = /["“”„‟«»〝〞＂]/g;

/**
 * What a link had that MyoMap left out: MyoMap's own sentence, with at most LISTED of the link's parts
 * quoted inside it, each isolated (`<bdi>`), cleaned of hidden characters and cut short (lib/shown-text.ts).
 */
export function LinkNotice({ unknown, unread, limit, bad = [] }: LinkNoticeProps) {
  if (unknown.length === 0 && unread === 0 && bad.length === 0) return null;
  const listed = unknown.slice(0, LISTED);
  const more = unknown.length - listed.length;
  const quote = (text: string) => <>“<bdi className="link-notice__quote">{shownText(text, QUOTED_LENGTH).replace(QUOTES, "'")}</bdi>”</>;
  return (
    <div className="notice notice--info link-notice" role="status">
      {unknown.length > 0 && (
        <p>
          This link had {unknown.length === 1 ? 'a place' : `${unknown.length.toLocaleString('en')} places`} MyoMap does not
          know, left out:{' '}
          {listed.map((text, i) => (
            <Fragment key={i}>
              {i > 0 && ', '}
              {quote(text)}
            </Fragment>
          ))}
          {more > 0 && ` and ${more.toLocaleString('en')} more`}.
        </p>
      )}
      {bad.slice(0, LISTED).map((b, i) => (
        <p key={i}>
          {b.field === 'intensity' ? 'The pain level ' : 'The kind of pain '}
          {quote(b.text)} for {b.place} was not understood, so the place is kept{' '}
          {b.field === 'intensity' ? 'at level 5' : 'without a kind'}.
        </p>
      ))}
      {bad.length > LISTED && (
        <p>
          {(bad.length - LISTED).toLocaleString('en')} more {bad.length - LISTED === 1 ? 'value was' : 'values were'} not understood either.
        </p>
      )}
      {unread > 0 && (
        <p>
          MyoMap reads at most {limit} places from one link. This link had {unread.toLocaleString('en')} more,{' '}
          {unread === 1 ? 'which was' : 'which were'} not read.
        </p>
      )}
    </div>
  );
}
