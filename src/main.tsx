import './index.css';

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

import { App } from './app/app';
import { startEarlyMemberFetch } from './features/member/api/early-member-fetch';
import { createApiClient } from './lib/api-client';

// A member page opened directly (a link, a reload) asks for the member now, while its code is loading.
startEarlyMemberFetch(createApiClient(), window.location);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
