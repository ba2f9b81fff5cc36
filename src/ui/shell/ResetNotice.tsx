import { useT } from '../../i18n';
import { dismissResetNotice } from '../../store/actions';
import { useApp } from '../../store/hooks';

/** Says what could not be read back from storage and was reset, until dismissed. */
export function ResetNotice() {
  const t = useT();
  const notice = useApp((s) => s.resetNotice);
  if (!notice) return null;
  const fields = notice.fields.map((f) => t(`reset.field.${f}`)).join(', ');
  return (
    <div className="banner card" role="alert">
      {fields && <p>{t('reset.notice', { fields })}</p>}
      {notice.sandbox !== undefined && <p>{t('reset.sandbox', { message: notice.sandbox })}</p>}
      <button type="button" onClick={dismissResetNotice}>
        {t('reset.dismiss')}
      </button>
    </div>
  );
}
