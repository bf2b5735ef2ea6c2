import './index.css';

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { z } from 'zod';

import { App } from './app/app';

// zod probes `new Function('')` to decide whether to compile parsers; our CSP forbids eval, so the probe
// would raise a securitypolicyviolation on every page. Interpret instead (docs/decisions/011-security-headers.md).
z.config({ jitless: true });

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
