import { cookiesOf, csrfOf, type TestContext } from './app.ts';

/** Posts a public form the way a browser does (urlencoded, with the page's CSRF token). */
export async function posterFormulairePublic(
  t: TestContext,
  url: string,
  champs: Record<string, string | string[]>,
) {
  const page = await t.app.inject({ method: 'GET', url });
  const cookie = cookiesOf(page);
  const params = new URLSearchParams();
  params.append('_csrf', csrfOf(page.body));
  for (const [k, v] of Object.entries(champs)) {
    for (const x of Array.isArray(v) ? v : [v]) params.append(k, x);
  }
  return t.app.inject({
    method: 'POST',
    url,
    headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
    payload: params.toString(),
  });
}
