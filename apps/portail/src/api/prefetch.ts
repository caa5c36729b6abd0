declare global {
  interface Window {
    __portailPrefetch?: Record<string, Promise<Response>>;
  }
}

/**
 * The fetch the API client uses: a GET that public/boot.js already started is taken from
 * there (once), anything else goes to the network.
 */
export function fetchWithPrefetch(input: Request): Promise<Response> {
  const url = new URL(input.url);
  const key = url.pathname + url.search;
  const started = input.method === 'GET' ? window.__portailPrefetch?.[key] : undefined;
  if (started) {
    delete window.__portailPrefetch![key];
    return started;
  }
  return fetch(input);
}
