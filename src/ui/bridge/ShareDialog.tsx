import { useEffect, useId, useRef, useState } from 'react';
import { useT } from '../../i18n';
import { eventsToJsonLines, jsonLinesFileName } from '../../share/index';
import { loadScenarioText } from '../../store/actions';
import { store } from '../../store/store';
import { downloadText } from '../download';
import { currentSharedState, shareLink } from './share-app';

/**
 * Share and save: a link holding the whole sandbox, the event log as JSON Lines (as
 * `svid run --json` prints it), and the scenario as YAML to save, open or paste.
 */
export function ShareDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useT();
  const id = useId();
  const ref = useRef<HTMLDialogElement>(null);
  const [link, setLink] = useState('');
  const [copied, setCopied] = useState(false);
  const [paste, setPaste] = useState('');
  const [error, setError] = useState<string>();
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (open && !d.open) {
      d.showModal();
      setCopied(false);
      void shareLink().then((l) => setLink(l ?? ''));
    } else if (!open && d.open) d.close();
  }, [open]);
  const loadText = async (name: string, yaml: string) => {
    const result = await loadScenarioText(name.replace(/\.ya?ml$/, '') || 'pasted', yaml);
    setError(result.ok ? undefined : t('share.refusedKept', { message: result.error ?? '' }));
    if (result.ok) onClose();
  };
  const scenario = store.getState().scenario;
  return (
    <dialog ref={ref} aria-labelledby={`${id}-h`} onClose={onClose} className="card share-dialog">
      <h2 id={`${id}-h`}>{t('share.title')}</h2>
      <label htmlFor={`${id}-link`}>{t('share.copy')}</label>
      <div className="row">
        <input id={`${id}-link`} readOnly value={link} className="mono" />
        <button
          type="button"
          onClick={() => void navigator.clipboard?.writeText(link).then(() => setCopied(true))}
        >
          {copied ? t('share.copied') : t('share.copy')}
        </button>
      </div>
      <p className="muted">{t('share.size', { chars: link.length })}</p>
      <div className="row">
        <button
          type="button"
          onClick={() =>
            downloadText(
              jsonLinesFileName(scenario),
              eventsToJsonLines(store.getState().events),
              'application/jsonl',
            )
          }
        >
          {t('share.exportLog')}
        </button>
        <button
          type="button"
          onClick={() => {
            const s = currentSharedState();
            if (s) downloadText(`${s.scenario.name}.yaml`, s.scenario.yaml, 'application/yaml');
          }}
        >
          {t('share.saveYaml')}
        </button>
      </div>
      <label htmlFor={`${id}-file`}>{t('share.loadYaml')}</label>
      <input
        id={`${id}-file`}
        type="file"
        accept=".yaml,.yml,text/yaml"
        onChange={(e) => {
          const file = e.target.files?.[0];
          if (file) void file.text().then((text) => loadText(file.name, text));
        }}
      />
      <label htmlFor={`${id}-paste`}>{t('share.pasteYaml')}</label>
      <textarea
        id={`${id}-paste`}
        className="mono editor"
        rows={5}
        value={paste}
        onChange={(e) => setPaste(e.target.value)}
      />
      <button type="button" disabled={!paste.trim()} onClick={() => void loadText('pasted', paste)}>
        {t('share.apply')}
      </button>
      {error && (
        <p className="error-text" role="alert">
          {error}
        </p>
      )}
      <button type="button" onClick={onClose}>
        {t('share.close')}
      </button>
    </dialog>
  );
}
