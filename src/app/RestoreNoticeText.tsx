/** What RestoreNotice shows; only its words, so this module loads on its own when needed. */
export interface RestoreNoticeTextProps {
  /** Where unreadable saved answers were kept, or null. */
  backupKey: string | null;
  /** Whether saved answers could not be read (and were left untouched). */
  lost: boolean;
  /** Whether an answer could not be saved. */
  saveFailed: boolean;
  onDismissRestore: () => void;
  onDismissSave: () => void;
}

/** The notices about saved answers that could not be read or saved (see RestoreNotice). */
export function RestoreNoticeText({ backupKey, lost, saveFailed, onDismissRestore, onDismissSave }: RestoreNoticeTextProps) {
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
          <button type="button" className="button" onClick={onDismissRestore}>OK</button>
        </div>
      )}
      {saveFailed && (
        <div className="notice notice--caution restore-notice" role="alert">
          <p>
            <strong>Your answers could not be saved on this device</strong> (its storage is full or blocked). They
            still count while this page is open, but will be gone if you close or reload it.
          </p>
          <button type="button" className="button" onClick={onDismissSave}>OK</button>
        </div>
      )}
    </>
  );
}
