import * as oidc from 'openid-client';
import type { ProConnectConfig } from '../../../config/env.ts';

/** Plain http is accepted only for an issuer on this machine (tests, local provider). */
export function isLocalIssuer(issuer: string): boolean {
  const host = new URL(issuer).hostname;
  return host === '127.0.0.1' || host === 'localhost' || host === '[::1]' || host === '::1';
}

const configurations = new Map<string, Promise<oidc.Configuration>>();

/**
 * The discovered ProConnect client, fetched on first use (a provider briefly down must not stop the
 * platform from starting) and kept; a failed discovery is retried next time.
 * ProConnect signs ID tokens and userinfo responses with RS256.
 */
export function proConnectClient(pc: ProConnectConfig): Promise<oidc.Configuration> {
  const key = `${pc.issuer}|${pc.clientId}`;
  let pending = configurations.get(key);
  if (!pending) {
    pending = oidc.discovery(
      new URL(pc.issuer),
      pc.clientId,
      {
        client_secret: pc.clientSecret,
        id_token_signed_response_alg: 'RS256',
        userinfo_signed_response_alg: 'RS256',
      },
      oidc.ClientSecretPost(pc.clientSecret),
      isLocalIssuer(pc.issuer) ? { execute: [oidc.allowInsecureRequests], timeout: 10 } : { timeout: 10 },
    );
    pending.catch(() => configurations.delete(key));
    configurations.set(key, pending);
  }
  return pending;
}

/** Scopes ProConnect knows: identity and professional e-mail. */
export const PROCONNECT_SCOPE = 'openid email given_name usual_name';
export const PROCONNECT_CALLBACK_PATH = '/connexion/proconnect/retour';

export interface ProConnectChecks {
  state: string;
  nonce: string;
  verifier: string;
  retour: string;
}

/** Where to send the browser, and what to keep (in a signed cookie) to check the answer. */
export async function authorizationRequest(
  pc: ProConnectConfig,
  baseUrl: string,
  retour: string,
): Promise<{ url: URL; checks: ProConnectChecks }> {
  const config = await proConnectClient(pc);
  const verifier = oidc.randomPKCECodeVerifier();
  const checks = { state: oidc.randomState(), nonce: oidc.randomNonce(), verifier, retour };
  const url = oidc.buildAuthorizationUrl(config, {
    redirect_uri: `${baseUrl}${PROCONNECT_CALLBACK_PATH}`,
    scope: PROCONNECT_SCOPE,
    state: checks.state,
    nonce: checks.nonce,
    code_challenge: await oidc.calculatePKCECodeChallenge(verifier),
    code_challenge_method: 'S256',
  });
  return { url, checks };
}

export interface ProConnectIdentity {
  sub: string;
  email: string | null;
  emailVerified: boolean;
}

/** Exchanges the code (state, nonce and PKCE checked) and reads who the person is. */
export async function completeAuthorization(
  pc: ProConnectConfig,
  currentUrl: URL,
  checks: ProConnectChecks,
): Promise<ProConnectIdentity> {
  const config = await proConnectClient(pc);
  const tokens = await oidc.authorizationCodeGrant(config, currentUrl, {
    pkceCodeVerifier: checks.verifier,
    expectedState: checks.state,
    expectedNonce: checks.nonce,
    idTokenExpected: true,
  });
  const claims = tokens.claims();
  if (!claims) throw new Error('réponse ProConnect sans jeton d’identité');
  const info = await oidc.fetchUserInfo(config, tokens.access_token, claims.sub);
  const email =
    typeof info.email === 'string' ? info.email : typeof claims.email === 'string' ? claims.email : null;
  const verified = info.email_verified ?? claims.email_verified;
  // ProConnect only hands out addresses its identity providers vouch for; an explicit "false" is refused.
  return { sub: claims.sub, email, emailVerified: email !== null && verified !== false };
}
