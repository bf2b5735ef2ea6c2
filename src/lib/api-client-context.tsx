import { createContext, use, type ReactNode } from 'react';

import { createApiClient, type ApiClient } from './api-client';

const defaultClient = createApiClient();

const ApiClientContext = createContext<ApiClient>(defaultClient);

/** Lets tests (and only tests, in practice) hand the app a client over a fake network. */
export function ApiClientProvider({ client, children }: { client: ApiClient; children: ReactNode }) {
  return <ApiClientContext value={client}>{children}</ApiClientContext>;
}

export function useApiClient(): ApiClient {
  return use(ApiClientContext);
}
