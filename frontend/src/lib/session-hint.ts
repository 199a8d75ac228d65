/**
 * The localStorage key set while this browser holds a session with the identity server. Read by
 * lib/auth.ts and by the start-up script of index.html (scripts/startup-plugin.ts, through
 * vite.config.ts), hence a module of its own without imports.
 */
export const SESSION_HINT_KEY = 'fabrique.session';
