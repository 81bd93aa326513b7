import { Fragment } from 'react';
import { MAX_IDS } from '../../domain/selection';
import { shownText } from '../../lib/shown-text';

export interface LinkNoticeProps {
  /** What the link had that is not a place, as given. */
  unknown: readonly string[];
  /** How many more parts the link had than MyoMap reads from one. */
  unread: number;
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
export function LinkNotice({ unknown, unread }: LinkNoticeProps) {
  if (unknown.length === 0 && unread === 0) return null;
  const listed = unknown.slice(0, LISTED);
  const more = unknown.length - listed.length;
  return (
    <div className="notice notice--info link-notice" role="status">
      {unknown.length > 0 && (
        <p>
          This link had {unknown.length === 1 ? 'a place' : `${unknown.length.toLocaleString('en')} places`} MyoMap does not
          know, left out:{' '}
          {listed.map((text, i) => (
            <Fragment key={i}>
              {i > 0 && ', '}“<bdi className="link-notice__quote">{shownText(text, QUOTED_LENGTH).replace(QUOTES, "'")}</bdi>”
            </Fragment>
          ))}
          {more > 0 && ` and ${more.toLocaleString('en')} more`}.
        </p>
      )}
      {unread > 0 && (
        <p>
          MyoMap reads at most {MAX_IDS} places from one link. This link had {unread.toLocaleString('en')} more,{' '}
          {unread === 1 ? 'which was' : 'which were'} not read.
        </p>
      )}
    </div>
  );
}
