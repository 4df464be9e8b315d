/** A minimal cookie jar over fetch, to drive the real server like a browser without JavaScript. */
export class Navigateur {
  readonly cookies = new Map<string, string>();
  constructor(readonly base: string) {}

  header(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  async get(path: string): Promise<Response> {
    const res = await fetch(`${this.base}${path}`, {
      headers: { cookie: this.header() },
      redirect: 'manual',
    });
    this.keep(res);
    return res;
  }

  async post(
    path: string,
    form: Record<string, string> | URLSearchParams,
    init: { signal?: AbortSignal } = {},
  ): Promise<Response> {
    const res = await fetch(`${this.base}${path}`, {
      method: 'POST',
      headers: { cookie: this.header(), 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(form).toString(),
      redirect: 'manual',
      ...init,
    });
    this.keep(res);
    return res;
  }

  /** Logs in through the form, as a person would; returns the redirect location. */
  async login(email: string, motDePasse: string): Promise<string> {
    const page = await (await this.get('/connexion')).text();
    const csrf = page.match(/name="_csrf" value="([^"]+)"/)?.[1];
    if (!csrf) throw new Error('pas de jeton CSRF sur /connexion');
    const res = await this.post('/connexion', { _csrf: csrf, email, motDePasse });
    if (res.status !== 303) throw new Error(`connexion refusée (${res.status}) : ${await res.text()}`);
    return res.headers.get('location') ?? '';
  }

  private keep(res: Response) {
    for (const line of res.headers.getSetCookie()) {
      const [pair, ...attrs] = line.split(';');
      const [name, ...value] = (pair ?? '').split('=');
      if (!name) continue;
      const expired = attrs.some((a) => /max-age=0|expires=thu, 01 jan 1970/i.test(a.trim()));
      if (expired || value.join('=') === '') this.cookies.delete(name.trim());
      else this.cookies.set(name.trim(), value.join('='));
    }
  }
}
