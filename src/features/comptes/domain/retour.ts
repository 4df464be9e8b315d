/**
 * Where to send a person after login: only a relative path of this site, never another origin
 * (open-redirect protection). Anything doubtful falls back to the default.
 */
export function safeReturnPath(value: unknown, fallback = '/espace'): string {
  if (typeof value !== 'string' || value.length === 0 || value.length > 500) return fallback;
  if (!value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return fallback;
  // Control characters and backslashes can be normalised by browsers into another origin.
  for (const ch of value) {
    const code = ch.charCodeAt(0);
    if (code < 0x20 || code === 0x7f || ch === '\\') return fallback;
  }
  try {
    const url = new URL(value, 'http://maillage.invalid');
    if (url.origin !== 'http://maillage.invalid') return fallback;
    // Never loop back to the login pages themselves.
    if (
      url.pathname === '/connexion' ||
      url.pathname.startsWith('/connexion/') ||
      url.pathname === '/deconnexion'
    )
      return fallback;
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return fallback;
  }
}

/** Where to go once the first factor is verified: the code, the mandatory enrolment, or the destination. */
export function afterFirstFactor(secondFactor: 'aucun' | 'code' | 'enrolement', retour: string): string {
  if (secondFactor === 'code')
    return retour === '/espace' ? '/connexion/code' : `/connexion/code?retour=${encodeURIComponent(retour)}`;
  if (secondFactor === 'enrolement') return '/compte/2fa?obligatoire=1';
  return retour;
}
