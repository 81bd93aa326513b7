import { lazy, Suspense } from 'react';
import { useSafetyStore } from '../stores/safety-store';
import { useVisitStore } from '../stores/visit-store';
import { useCountryStore } from '../stores/country-store';

const RestoreNoticeText = lazy(() => import('./RestoreNoticeText').then((m) => ({ default: m.RestoreNoticeText })));

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
  if (backupKey === null && !lost && !saveFailed) return null;
  // The words load only when there is something to say: they are not in the first load.
  return (
    <Suspense fallback={null}>
      <RestoreNoticeText
        backupKey={backupKey}
        lost={lost}
        saveFailed={saveFailed}
        onDismissRestore={dismiss}
        onDismissSave={() => { dismissSafety(); dismissVisit(); dismissCountry(); }}
      />
    </Suspense>
  );
}
