import { describe, expect, it } from 'vitest';
import { checkTotpCode, formatSecret, newTotpSecret, totpCodeAt, totpStep, totpUri } from './totp.ts';

const secret = 'JBSWY3DPEHPK3PXPMAILLAGEDEMO2345';
const now = new Date('2021-02-19T10:00:15Z');
const at = (seconds: number) => new Date(now.getTime() + seconds * 1000);

describe('codes TOTP', () => {
  it('accepte le code courant et ceux d’un pas avant ou après', () => {
    const step = totpStep(now);
    expect(checkTotpCode(secret, totpCodeAt(secret, now), now, null)).toEqual({ ok: true, step });
    expect(checkTotpCode(secret, totpCodeAt(secret, at(-30)), now, null)).toEqual({
      ok: true,
      step: step - 1,
    });
    expect(checkTotpCode(secret, totpCodeAt(secret, at(30)), now, null)).toEqual({
      ok: true,
      step: step + 1,
    });
  });

  it('refuse un code de deux pas d’écart', () => {
    expect(checkTotpCode(secret, totpCodeAt(secret, at(-60)), now, null)).toEqual({
      ok: false,
      reason: 'invalide',
    });
  });

  it('refuse un pas déjà utilisé ou plus ancien (rejeu)', () => {
    const step = totpStep(now);
    expect(checkTotpCode(secret, totpCodeAt(secret, now), now, step)).toEqual({
      ok: false,
      reason: 'deja_utilise',
    });
    expect(checkTotpCode(secret, totpCodeAt(secret, at(-30)), now, step)).toEqual({
      ok: false,
      reason: 'deja_utilise',
    });
    expect(checkTotpCode(secret, totpCodeAt(secret, at(30)), now, step).ok).toBe(true);
  });

  it('tolère les espaces et refuse ce qui n’est pas 6 chiffres', () => {
    const code = totpCodeAt(secret, now);
    expect(checkTotpCode(secret, `${code.slice(0, 3)} ${code.slice(3)}`, now, null).ok).toBe(true);
    expect(checkTotpCode(secret, '12345', now, null)).toEqual({ ok: false, reason: 'format' });
    expect(checkTotpCode(secret, 'abcdef', now, null)).toEqual({ ok: false, reason: 'format' });
  });

  it('génère un secret base32 de 160 bits et une URI otpauth', () => {
    const s = newTotpSecret();
    expect(s).toMatch(/^[A-Z2-7]{32}$/);
    expect(newTotpSecret()).not.toBe(s);
    const uri = totpUri(s, 'aidant@exemple.fr');
    expect(uri).toMatch(/^otpauth:\/\/totp\/Maillage:aidant%40exemple\.fr\?/);
    expect(uri).toContain(`secret=${s}`);
    expect(formatSecret('ABCDEFGH')).toBe('ABCD EFGH');
  });
});
