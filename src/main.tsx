import './index.css';

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { z } from 'zod';

import { App } from './app/app';
import { startEarlyMemberFetch } from './features/member/api/early-member-fetch';
import { createApiClient } from './lib/api-client';

// zod probes `new Function('')` to decide whether to compile parsers; our CSP forbids eval, so the probe
// would raise a securitypolicyviolation on every page. Interpret instead (docs/decisions/011-security-headers.md).
z.config({ jitless: true });

// A member page opened directly (a link, a reload) asks for the member now, while its code is loading.
startEarlyMemberFetch(createApiClient(), window.location);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
