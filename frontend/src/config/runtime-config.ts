/**
 * Settings read at start-up from `/config.json`, so that one build serves any environment:
 * the deployment replaces that file, never the JavaScript.
 */
export interface RuntimeConfig {
  /** Base URL of the Fabrique API, without `/api/v1`; empty for the same origin. */
  apiUrl: string;
  keycloakUrl: string;
  realm: string;
  clientId: string;
}

export const defaultConfig: RuntimeConfig = {
  apiUrl: 'http://localhost:8080',
  keycloakUrl: 'http://localhost:8180',
  realm: 'reset',
  clientId: 'fabrique-spa',
};

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** Keeps the known string settings of a parsed `config.json`, defaults for the others. */
export function parseRuntimeConfig(value: unknown): RuntimeConfig {
  const source = isRecord(value) ? value : {};
  const pick = (key: keyof RuntimeConfig): string => {
    const setting = source[key];
    return typeof setting === 'string' ? setting.replace(/\/+$/, '') : defaultConfig[key];
  };
  return {
    apiUrl: pick('apiUrl'),
    keycloakUrl: pick('keycloakUrl'),
    realm: pick('realm'),
    clientId: pick('clientId'),
  };
}

/**
 * The runtime configuration (`index.html` preloads the file, so this request is answered from
 * that preload). Falls back to the defaults when the file cannot be read.
 */
export async function loadRuntimeConfig(url = '/config.json'): Promise<RuntimeConfig> {
  try {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`${url} answered ${response.status}`);
    return parseRuntimeConfig(await response.json());
  } catch (error) {
    console.warn('Using the default configuration:', error);
    return defaultConfig;
  }
}
