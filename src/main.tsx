import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './styles/fonts.css';
import './styles/tokens.css';
import './styles/base.css';
import './ui/shell/shell.css';
import './ui/topology/topology.css';
import './ui/issuance/issuance.css';
import './ui/inspector/inspector.css';
import './ui/timeline/timeline.css';
import './ui/handshake/handshake.css';
import './ui/explorer/explorer.css';
import './ui/policy/policy.css';
import './ui/log/log.css';
import { exportSandbox, init, loadScenarioText, runAttack } from './store/actions';
import { App } from './ui/App';
import { configureBridge } from './ui/bridge/bridge-config';
import { configureLessonHost } from './ui/lessons/app-host';

// Lessons run under the lesson's defaults, so their predictions hold whatever preset was on;
// a shared link brings its own preset, changes and time.
configureLessonHost({
  loadScenarioText: (name, yaml, opts?: Parameters<typeof loadScenarioText>[2]) =>
    loadScenarioText(name, yaml, { preset: 'lesson', ...opts }),
  runAttack,
});
configureBridge({ fetchExport: exportSandbox });

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
  void init();
}
