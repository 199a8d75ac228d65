import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Plugin } from 'vite';
import { parseRuntimeConfig, type RuntimeConfig } from '../src/config/runtime-config.ts';

/**
 * The HTTP headers the SPA is served with: a strict Content-Security-Policy and the usual security
 * headers, `no-cache` on everything but the hashed files under `/assets/`, which never change.
 * `vite preview` sends them through `previewSecurityHeaders` (below); `deploy/nginx.conf` and
 * `deploy/write-config.sh` send the same in production.
 */

/** The origin of an absolute URL; undefined for the same origin (`""` or a path). */
export function originOf(url: string): string | undefined {
  try {
    return new URL(url).origin;
  } catch {
    return undefined;
  }
}

/**
 * The policy: scripts and styles only from the app's own files (no inline code, no eval), API
 * and identity server calls to their origins, the identity server framed for keycloak-js' silent
 * check of the session (which comes back to `silent-check-sso.html`, framed by the app itself).
 */
export function contentSecurityPolicy(config: Pick<RuntimeConfig, 'apiUrl' | 'keycloakUrl'>) {
  const api = originOf(config.apiUrl);
  const keycloak = originOf(config.keycloakUrl);
  const sources = (...origins: (string | undefined)[]) =>
    ["'self'", ...new Set(origins.filter((origin) => origin !== undefined))].join(' ');
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src ${sources(api, keycloak)}`,
    `frame-src ${sources(keycloak)}`,
    "frame-ancestors 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    // keycloak-js signs out with a GET by default; a POST logout (`logoutMethod`) is a form.
    `form-action ${sources(keycloak)}`,
  ].join('; ');
}

/** The headers of every response. */
export function securityHeaders(config: Pick<RuntimeConfig, 'apiUrl' | 'keycloakUrl'>) {
  return {
    'Content-Security-Policy': contentSecurityPolicy(config),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    // For browsers without `frame-ancestors`.
    'X-Frame-Options': 'SAMEORIGIN',
  };
}

/**
 * Hashed build output never changes; anything else (index.html, config.json...) is revalidated,
 * and so is a missing asset (its 404 must not be kept).
 */
export function cacheControl(pathname: string, exists: (pathname: string) => boolean): string {
  return pathname.startsWith('/assets/') && exists(pathname)
    ? 'public, max-age=31536000, immutable'
    : 'no-cache';
}

/**
 * A connect middleware that sets the headers, before the static files of `root` are served.
 */
export function securityHeadersMiddleware(headers: Record<string, string>, root: string) {
  const exists = (pathname: string) => {
    const file = path.join(root, path.normalize(decodeURIComponent(pathname)));
    return file.startsWith(root) && existsSync(file);
  };
  return (
    request: Pick<IncomingMessage, 'url'>,
    response: Pick<ServerResponse, 'setHeader'>,
    next: () => void,
  ) => {
    for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
    const pathname = new URL(request.url ?? '/', 'http://localhost').pathname;
    response.setHeader('Cache-Control', cacheControl(pathname, exists));
    next();
  };
}

/**
 * Serves the built app with the headers above under `vite preview`. The origins come from the
 * `config.json` being served, read when the preview starts: the same build works against any
 * backend.
 */
export function previewSecurityHeaders(): Plugin {
  return {
    name: 'fabrique-preview-security-headers',
    configurePreviewServer(server) {
      const root = path.resolve(server.config.root, server.config.build.outDir);
      const file = path.join(root, 'config.json');
      let config: RuntimeConfig;
      try {
        config = parseRuntimeConfig(JSON.parse(readFileSync(file, 'utf8')));
      } catch (error) {
        server.config.logger.warn(
          `Content-Security-Policy with the default origins: ${String(error)}`,
        );
        config = parseRuntimeConfig({});
      }
      server.middlewares.use(securityHeadersMiddleware(securityHeaders(config), root));
    },
  };
}
