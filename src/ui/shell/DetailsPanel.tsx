import { lazy, Suspense } from 'react';
import { useT } from '../../i18n';
import { setPanelOpen, setTab } from '../../store/actions';
import { useAppShallow } from '../../store/hooks';
import { TABS } from '../../store/state';
import { PodPanel } from '../pod/PodPanel';

const IssuancePanel = lazy(() => import('../issuance/IssuancePanel'));
const Inspector = lazy(() => import('../inspector/Inspector'));
const HandshakePanel = lazy(() => import('../handshake/HandshakePanel'));
const Explorer = lazy(() => import('../explorer/Explorer'));
const PolicyPanel = lazy(() => import('../policy/PolicyPanel'));
const EventLog = lazy(() => import('../log/EventLog'));
const BridgeTab = lazy(() => import('../bridge/BridgeTab'));

/** The right-hand details panel (a sheet on narrow screens), tabbed by screen. */
export function DetailsPanel() {
  const t = useT();
  const { tab, open } = useAppShallow((s) => ({ tab: s.tab, open: s.panelOpen }));
  const onKey = (e: React.KeyboardEvent) => {
    const i = TABS.indexOf(tab);
    const next = e.key === 'ArrowRight' ? i + 1 : e.key === 'ArrowLeft' ? i - 1 : -1;
    if (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft') return;
    e.preventDefault();
    e.stopPropagation();
    const to = TABS[(next + TABS.length) % TABS.length] ?? 'pod';
    setTab(to);
    document.getElementById(`tab-${to}`)?.focus();
  };
  return (
    <>
      <button
        type="button"
        className="sheet-toggle primary"
        onClick={() => setPanelOpen(!open)}
        aria-expanded={open}
      >
        {open ? t('panel.close') : t('panel.open')}
      </button>
      <aside className={`panel${open ? '' : ' closed'}`} aria-label={t('panel.label')}>
        <div className="tabs" role="tablist" aria-label={t('panel.label')} onKeyDown={onKey}>
          {TABS.map((id) => (
            <button
              key={id}
              id={`tab-${id}`}
              type="button"
              role="tab"
              aria-selected={tab === id}
              aria-controls="tabpanel"
              tabIndex={tab === id ? 0 : -1}
              onClick={() => setTab(id)}
            >
              {t(`tab.${id}`)}
            </button>
          ))}
        </div>
        <section id="tabpanel" className="tabpanel" role="tabpanel" aria-labelledby={`tab-${tab}`}>
          <Suspense fallback={<p className="muted">…</p>}>
            {tab === 'pod' && <PodPanel />}
            {tab === 'issuance' && <IssuancePanel />}
            {tab === 'inspector' && <Inspector />}
            {tab === 'handshake' && <HandshakePanel />}
            {tab === 'explorer' && <Explorer />}
            {tab === 'policy' && <PolicyPanel />}
            {tab === 'log' && <EventLog />}
            {tab === 'bridge' && <BridgeTab />}
          </Suspense>
        </section>
      </aside>
    </>
  );
}
