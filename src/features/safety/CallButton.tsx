import { telHref } from '../../domain/emergency';

/** A large button that dials the emergency number. It is only ever given an emergency number. */
export function CallButton({ emergency }: { emergency: string }) {
  return (
    <a className="call-button" href={telHref(emergency)}>
      <span aria-hidden="true" className="call-button__icon">☎</span> Call {emergency}
    </a>
  );
}
