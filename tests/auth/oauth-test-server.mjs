// A real OAuth 2.0 server for the integration tests: oauth2-mock-server (installed by
// run-oauth-integration.sh) through its programmatic API, plus the checks it lacks:
// client secret, PKCE S256 required, loopback redirect_uri that matches, known refresh
// tokens only (each used once), short token lifetimes, and a protected /api/me that
// answers 401 for expired or revoked tokens.
// Usage: node oauth-test-server.mjs <npm prefix> <token lifetime in s>
// Prints one JSON line {"port":N} when ready; exits when stdin closes.
import http from 'node:http';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const [prefix, ttlArg] = process.argv.slice(2);
const entry = path.join(prefix, 'node_modules/oauth2-mock-server/dist/index.mjs');
const { OAuth2Server } = await import(pathToFileURL(entry).href);

const TTL = Number(ttlArg || 2);
const CLIENT_ID = 'cd-client';
const CLIENT_SECRET = 'cd-secret-Zq8+/=&x';
const server = new OAuth2Server();
await server.issuer.keys.generate('RS256');
const service = server.service;

const accessTokens = new Map(); // token -> expiry (ms)
const refreshTokens = new Set();
const codeRedirects = new Map(); // code -> redirect_uri
const stats = { authorize: 0, token: 0, refresh: 0, api: 0 };
let rejectAll = false;

service.on('beforeTokenSigning', (token) => {
  token.payload.exp = token.payload.iat + TTL;
});

service.on('beforeAuthorizeRedirect', ({ url }, req) => {
  stats.authorize++;
  const q = req.query;
  const deny = (error, description) => {
    url.searchParams.delete('code');
    url.searchParams.set('error', error);
    url.searchParams.set('error_description', description);
  };
  if (q.client_id !== CLIENT_ID) deny('unauthorized_client', `Unknown client '${q.client_id}'`);
  else if (q.code_challenge_method !== 'S256' || !q.code_challenge) deny('invalid_request', 'PKCE with S256 is required');
  else if (!/^http:\/\/127\.0\.0\.1:\d+\//.test(q.redirect_uri)) deny('invalid_request', 'redirect_uri must be a loopback address');
  else if ((q.scope || '').split(' ').includes('deny')) deny('access_denied', 'The user denied access (+ test & check)');
  else codeRedirects.set(url.searchParams.get('code'), q.redirect_uri);
});

service.on('beforeResponse', (response, req) => {
  stats.token++;
  const b = req.body;
  const fail = (status, error, description) => {
    response.statusCode = status;
    response.body = { error, error_description: description };
  };
  let id = b.client_id;
  let secret = b.client_secret;
  const auth = req.headers.authorization;
  if (auth && auth.startsWith('Basic ')) {
    const decoded = Buffer.from(auth.slice(6), 'base64').toString();
    const colon = decoded.indexOf(':');
    id = decodeURIComponent(decoded.slice(0, colon));
    secret = decodeURIComponent(decoded.slice(colon + 1));
  }
  if (id !== CLIENT_ID || secret !== CLIENT_SECRET)
    return fail(401, 'invalid_client', 'Client authentication failed: wrong client id or secret');
  if (b.grant_type === 'authorization_code') {
    if (!b.code_verifier) return fail(400, 'invalid_request', 'code_verifier is required');
    if (codeRedirects.get(b.code) !== b.redirect_uri) return fail(400, 'invalid_grant', 'redirect_uri does not match the authorization request');
    codeRedirects.delete(b.code);
  }
  if (b.grant_type === 'refresh_token') {
    stats.refresh++;
    if (!refreshTokens.has(b.refresh_token)) return fail(400, 'invalid_grant', 'Unknown or already used refresh token');
    refreshTokens.delete(b.refresh_token);
  }
  response.body.expires_in = TTL;
  accessTokens.set(response.body.access_token, Date.now() + TTL * 1000);
  if (response.body.refresh_token) refreshTokens.add(response.body.refresh_token);
});

function json(res, status, body, headers = {}) {
  res.writeHead(status, { 'Content-Type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}

const httpServer = http.createServer((req, res) => {
  const url = new URL(req.url, 'http://127.0.0.1');
  if (url.pathname === '/api/me') {
    stats.api++;
    const m = /^Bearer (.+)$/.exec(req.headers.authorization || '');
    const expiry = m && accessTokens.get(m[1]);
    if (rejectAll || !expiry || expiry <= Date.now())
      return json(res, 401, { error: 'invalid_token' }, { 'WWW-Authenticate': 'Bearer error="invalid_token"' });
    return json(res, 200, { sub: 'johndoe' });
  }
  if (url.pathname === '/admin/revoke-access-tokens') {
    accessTokens.clear();
    return json(res, 200, {});
  }
  if (url.pathname === '/admin/reject-all') {
    rejectAll = url.searchParams.get('on') === '1';
    return json(res, 200, {});
  }
  if (url.pathname === '/admin/stats') return json(res, 200, stats);
  service.requestHandler(req, res);
});

httpServer.listen(0, '127.0.0.1', () => {
  const { port } = httpServer.address();
  server.issuer.url = `http://127.0.0.1:${port}`;
  process.stdout.write(JSON.stringify({ port }) + '\n');
});
process.stdin.on('end', () => process.exit(0));
process.stdin.resume();
