/**
 * ProConnect login against a real OpenID Connect provider (oidc-provider) started here on 127.0.0.1:
 * discovery, authorization code + PKCE + state + nonce, RS256 ID token and signed userinfo.
 */
import { generateKeyPairSync } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestContext } from '../../../../tests/helpers/app.ts';
import { getForm, postForm } from '../../../../tests/helpers/comptes.ts';
import { evenementsAudit, utilisateurs } from '../../../db/schema/index.ts';
import { persona } from '../demo/personas.ts';

const BASE_URL = 'http://127.0.0.1:39999';
const CLIENT_ID = 'maillage-test';
const CLIENT_SECRET = 'secret-du-client-de-test-assez-long-pour-hs256';

/** Who the provider signs in next (the test plays the person at the ProConnect login screen). */
const identities = new Map<string, Record<string, unknown>>();
let nextSub = '';

interface OidcProvider {
  callback(): (req: http.IncomingMessage, res: http.ServerResponse) => void;
  interactionDetails(
    req: http.IncomingMessage,
    res: http.ServerResponse,
  ): Promise<{ params: Record<string, string> }>;
  interactionFinished(
    req: http.IncomingMessage,
    res: http.ServerResponse,
    result: unknown,
    options: { mergeWithLastSubmission: boolean },
  ): Promise<void>;
  Grant: new (init: {
    accountId: string;
    clientId: string;
  }) => {
    addOIDCScope(scope: string): void;
    save(): Promise<string>;
  };
}

/** The provider's storage, in memory for the test (stated explicitly so it does not warn). */
class MemoryAdapter {
  static store = new Map<string, Record<string, unknown>>();
  constructor(private readonly name: string) {}
  private key(id: string) {
    return `${this.name}:${id}`;
  }
  async upsert(id: string, payload: Record<string, unknown>) {
    MemoryAdapter.store.set(this.key(id), payload);
  }
  async find(id: string) {
    return MemoryAdapter.store.get(this.key(id));
  }
  async findByUid(uid: string) {
    for (const [k, v] of MemoryAdapter.store) if (k.startsWith(`${this.name}:`) && v.uid === uid) return v;
    return undefined;
  }
  async findByUserCode() {
    return undefined;
  }
  async consume(id: string) {
    const v = MemoryAdapter.store.get(this.key(id));
    if (v) v.consumed = Math.floor(Date.now() / 1000);
  }
  async destroy(id: string) {
    MemoryAdapter.store.delete(this.key(id));
  }
  async revokeByGrantId(grantId: string) {
    for (const [k, v] of MemoryAdapter.store) if (v.grantId === grantId) MemoryAdapter.store.delete(k);
  }
}

async function startProvider(): Promise<{ issuer: string; close: () => Promise<void> }> {
  // Typed locally: oidc-provider ships no type declarations.
  const { default: Provider } = (await import('oidc-provider' as string)) as {
    default: new (issuer: string, config: Record<string, unknown>) => OidcProvider;
  };
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const key = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'jwk' });
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: CLIENT_ID,
        client_secret: CLIENT_SECRET,
        redirect_uris: [`${BASE_URL}/connexion/proconnect/retour`],
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_post',
        id_token_signed_response_alg: 'RS256',
        userinfo_signed_response_alg: 'RS256',
      },
    ],
    jwks: { keys: [{ ...key, kid: 'cle-de-test', alg: 'RS256', use: 'sig' }] },
    cookies: { keys: ['cle-des-cookies-du-fournisseur'] },
    // ProConnect's own scopes.
    scopes: ['openid', 'email', 'given_name', 'usual_name'],
    claims: {
      openid: ['sub'],
      email: ['email', 'email_verified'],
      given_name: ['given_name'],
      usual_name: ['usual_name'],
    },
    features: { devInteractions: { enabled: false }, jwtUserinfo: { enabled: true } },
    pkce: { required: () => true },
    adapter: MemoryAdapter,
    ttl: {
      AccessToken: 600,
      AuthorizationCode: 60,
      Grant: 600,
      IdToken: 600,
      Interaction: 600,
      Session: 600,
    },
    interactions: { url: (_ctx: unknown, interaction: { uid: string }) => `/interaction/${interaction.uid}` },
    findAccount: async (_ctx: unknown, sub: string) => {
      const claims = identities.get(sub);
      return claims ? { accountId: sub, claims: async () => ({ sub, ...claims }) } : undefined;
    },
  });
  const handle = provider.callback();
  server.on('request', async (req, res) => {
    if (!req.url?.startsWith('/interaction/')) return handle(req, res);
    // The login and consent screens, answered at once for the identity the test chose.
    try {
      const details = await provider.interactionDetails(req, res);
      const grant = new provider.Grant({ accountId: nextSub, clientId: details.params.client_id! });
      grant.addOIDCScope(details.params.scope!);
      const grantId = await grant.save();
      await provider.interactionFinished(
        req,
        res,
        { login: { accountId: nextSub }, consent: { grantId } },
        { mergeWithLastSubmission: false },
      );
    } catch (err) {
      res.statusCode = 500;
      res.end(String(err));
    }
  });
  return {
    issuer,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Follows the provider's redirects with its cookies until it sends the browser back to Maillage. */
async function throughProvider(start: string): Promise<string> {
  const jar = new Map<string, string>();
  let url = start;
  for (let i = 0; i < 10; i++) {
    if (url.startsWith(BASE_URL)) return url.slice(BASE_URL.length);
    const res = await fetch(url, {
      redirect: 'manual',
      headers: { cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; ') },
    });
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(';');
      const [name, ...value] = pair!.split('=');
      jar.set(name!.trim(), value.join('='));
    }
    const location = res.headers.get('location');
    if (!location) throw new Error(`le fournisseur n’a pas redirigé (${res.status}) : ${await res.text()}`);
    url = new URL(location, url).href;
  }
  throw new Error('trop de redirections');
}

describe('connexion avec ProConnect (fournisseur OpenID Connect réel)', () => {
  let t: TestContext;
  let provider: Awaited<ReturnType<typeof startProvider>>;

  beforeAll(async () => {
    provider = await startProvider();
    t = await createTestApp({
      BASE_URL,
      PROCONNECT_ISSUER: provider.issuer,
      PROCONNECT_CLIENT_ID: CLIENT_ID,
      PROCONNECT_CLIENT_SECRET: CLIENT_SECRET,
    });
  });
  afterAll(async () => {
    await t.close();
    await provider.close();
  });

  /** Clicks the button on /connexion, passes the provider as `sub`, and comes back. */
  async function loginAs(sub: string, claims: Record<string, unknown>, retour?: string) {
    identities.set(sub, claims);
    nextSub = sub;
    const page = await getForm(t, '/connexion');
    expect(page.res.body).toContain('S’identifier avec ProConnect');
    const start = await postForm(t, '/connexion/proconnect', page.cookie, {
      _csrf: page.csrf,
      ...(retour ? { retour } : {}),
    });
    expect(start.res.statusCode).toBe(303);
    const authorize = new URL(start.res.headers.location as string);
    expect(authorize.origin).toBe(provider.issuer);
    expect(authorize.searchParams.get('code_challenge_method')).toBe('S256');
    expect(authorize.searchParams.get('state')).toBeTruthy();
    expect(authorize.searchParams.get('nonce')).toBeTruthy();
    const callback = await throughProvider(authorize.href);
    expect(callback).toMatch(/^\/connexion\/proconnect\/retour\?code=/);
    const res = await t.app.inject({ url: callback, headers: { cookie: start.cookie } });
    return {
      res,
      callback,
      cookie: [start.cookie, ...res.cookies.map((c) => `${c.name}=${c.value}`)].join('; '),
    };
  }

  it('retrouve un compte par son adresse vérifiée, le lie, puis le reconnaît par son identifiant', async () => {
    const p = persona('prefecture02');
    const first = await loginAs('pc-sub-paul', {
      email: p.email.toUpperCase(),
      email_verified: true,
      given_name: 'Paul',
    });
    expect(first.res.statusCode).toBe(303);
    expect(first.res.headers.location).toBe('/espace');
    const session = first.res.cookies.find((c) => c.name === 'maillage_session')!;
    expect(session.httpOnly).toBe(true);
    const home = await t.app.inject({
      url: '/espace',
      headers: { cookie: `maillage_session=${session.value}` },
    });
    expect(home.body).toContain('Aisne (02)');
    const [row] = await t.deps.db.select().from(utilisateurs).where(eq(utilisateurs.id, p.id));
    expect(row!.proconnectSub).toBe('pc-sub-paul');
    const actions = (
      await t.deps.db.select().from(evenementsAudit).where(eq(evenementsAudit.entiteId, p.id))
    ).map((e) => [e.action, e.details?.methode]);
    expect(actions).toContainEqual(['compte.proconnect_lie', undefined]);
    expect(actions).toContainEqual(['connexion.reussie', 'proconnect']);

    // The subject now wins, even if the provider reports another address.
    const second = await loginAs(
      'pc-sub-paul',
      { email: 'paul.lefevre@aisne.gouv.fr', email_verified: true },
      '/compte',
    );
    expect(second.res.headers.location).toBe('/compte');

    // A code cannot be used twice (the provider refuses the replayed exchange).
    const replay = await t.app.inject({ url: second.callback, headers: { cookie: second.cookie } });
    expect(replay.statusCode).toBe(400);
    expect(replay.body).toContain('La connexion avec ProConnect n’a pas abouti');
  });

  it('ne crée pas de compte pour une adresse inconnue', async () => {
    const { res } = await loginAs('pc-sub-inconnu', {
      email: 'agent.inconnu@exemple.gouv.fr',
      email_verified: true,
    });
    expect(res.statusCode).toBe(403);
    expect(res.body).toContain('Aucun compte Maillage n’utilise l’adresse agent.inconnu@exemple.gouv.fr');
    expect(res.cookies.find((c) => c.name === 'maillage_session')).toBeUndefined();
    const rows = await t.deps.db
      .select()
      .from(utilisateurs)
      .where(eq(utilisateurs.email, 'agent.inconnu@exemple.gouv.fr'));
    expect(rows).toHaveLength(0);
  });

  it('refuse une adresse que le fournisseur dit non vérifiée', async () => {
    const { res } = await loginAs('pc-sub-non-verifie', {
      email: persona('anct').email,
      email_verified: false,
    });
    expect(res.statusCode).toBe(403);
    expect(res.body).toContain('adresse électronique vérifiée');
  });

  it('demande toujours le code TOTP aux aidants', async () => {
    const { res } = await loginAs('pc-sub-aidant', { email: persona('aidant').email, email_verified: true });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/connexion/code');
  });

  it('refuse un retour sans l’état gardé par le navigateur (state)', async () => {
    identities.set('pc-sub-csrf', { email: persona('laon').email, email_verified: true });
    nextSub = 'pc-sub-csrf';
    const page = await getForm(t, '/connexion');
    const start = await postForm(t, '/connexion/proconnect', page.cookie, { _csrf: page.csrf });
    const callback = await throughProvider(start.res.headers.location as string);
    // Another browser (no maillage_proconnect cookie) cannot complete this login.
    const res = await t.app.inject({ url: callback });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('La connexion avec ProConnect n’a pas abouti');
    // A tampered state is refused too.
    const tampered = callback.replace(/state=[^&]+/, 'state=autre');
    const res2 = await t.app.inject({ url: tampered, headers: { cookie: start.cookie } });
    expect(res2.statusCode).toBe(400);
  });
});
