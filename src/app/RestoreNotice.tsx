import { useSafetyStore } from '../stores/safety-store';

/** Says so when saved answers could not be read at start (a raw copy was kept under a backup key). */
export function RestoreNotice() {
  const backupKey = useSafetyStore((s) => s.restoreBackupKey);
  const dismiss = useSafetyStore((s) => s.dismissRestoreNotice);
  if (!backupKey) return null;
  return (
    <div className="notice notice--caution restore-notice" role="status">
      <p>
        Some safety answers saved on this device could not be read, so they were left out. Nothing was lost: the
        saved text was kept on this device under “{backupKey}”. Please answer the safety questions again.
      </p>
      <button type="button" className="button" onClick={dismiss}>
        OK
      </button>
    </div>
  );
}
