import { createContext, use } from 'react';

/** Base URL of the API (the runtime configuration's `apiUrl`), for links the browser follows itself. */
export const ApiUrlContext = createContext('');

/** An absolute link to an API path (a download or a feed), e.g. `/api/v1/feeds/events.ics`. */
export function useApiUrl(path: string): string {
  return `${use(ApiUrlContext)}${path}`;
}
