import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { warmUp } from './app/warm-up';
import { startChunkRecovery } from './app/chunk-recovery';
import './styles.css';

startChunkRecovery();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
// After the first paint: what the first tap needs (the safety check, the rows' names).
requestAnimationFrame(() => { warmUp(); });
