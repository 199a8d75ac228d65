// keycloak-js' silent check of the session: this page, framed by the app, hands the identity
// server's answer (in its URL) to the app. A file rather than inline code, for the
// Content-Security-Policy (script-src 'self').
parent.postMessage(location.href, location.origin);
