import { useSafetyStore } from '../stores/safety-store';
import { useVisitStore } from '../stores/visit-store';
import { useCountryStore } from '../stores/country-store';

/**
 * Tells the truth about saved answers: when some could not be read at start (and where the raw copy
 * was kept, if it could be), and when an answer could not be saved (full or blocked storage): it still
 * counts for this visit.
 */
export function RestoreNotice() {
  const backupKey = useSafetyStore((s) => s.restoreBackupKey);
  const lost = useSafetyStore((s) => s.restoreLost);
  const dismiss = useSafetyStore((s) => s.dismissRestoreNotice);
  const safetyFailed = useSafetyStore((s) => s.saveFailed);
  const visitFailed = useVisitStore((s) => s.saveFailed);
  const countryFailed = useCountryStore((s) => s.saveFailed);
  const dismissSafety = useSafetyStore((s) => s.dismissSaveNotice);
  const dismissVisit = useVisitStore((s) => s.dismissSaveNotice);
  const dismissCountry = useCountryStore((s) => s.dismissSaveNotice);
  const saveFailed = safetyFailed || visitFailed || countryFailed;
  return (
    <>
      {(backupKey !== null || lost) && (
        <div className="notice notice--caution restore-notice" role="status">
          <p>
            Some safety answers saved on this device could not be read, so they were left out.{' '}
            {backupKey !== null
              ? `Nothing was lost: the saved text was kept on this device under “${backupKey}”.`
              : 'They were left untouched on this device, and new answers will not be saved over them.'}{' '}
            Please answer the safety questions again.
          </p>
          <button type="button" className="button" onClick={dismiss}>OK</button>
        </div>
      )}
      {saveFailed && (
        <div className="notice notice--caution restore-notice" role="alert">
          <p>
            <strong>Your answers could not be saved on this device</strong> (its storage is full or blocked). They
            still count while this page is open, but will be gone if you close or reload it.
          </p>
          <button type="button" className="button" onClick={() => { dismissSafety(); dismissVisit(); dismissCountry(); }}>OK</button>
        </div>
      )}
    </>
  );
}
