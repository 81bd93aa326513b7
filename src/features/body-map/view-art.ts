import FrontArt from './art/body-front.svg?react';
import BackArt from './art/body-back.svg?react';
import SolesArt from './art/body-soles.svg?react';

/** The body-map art, one SVGR component per view (built by `npm run art`). */
export const ART = { front: FrontArt, back: BackArt, soles: SolesArt } as const;
