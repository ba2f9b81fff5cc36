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
import { init } from './store/actions';
import { App } from './ui/App';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
  void init();
}
