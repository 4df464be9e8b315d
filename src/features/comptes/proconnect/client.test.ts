import { describe, expect, it } from 'vitest';
import { isLocalIssuer } from './client.ts';

describe('émetteur ProConnect', () => {
  it('n’accepte le http en clair que sur cette machine', () => {
    expect(isLocalIssuer('http://127.0.0.1:4000')).toBe(true);
    expect(isLocalIssuer('http://localhost:4000/api/v2')).toBe(true);
    expect(isLocalIssuer('http://[::1]:4000')).toBe(true);
    expect(isLocalIssuer('https://auth.agentconnect.gouv.fr/api/v2')).toBe(false);
    expect(isLocalIssuer('http://127.0.0.1.exemple.fr')).toBe(false);
  });
});
