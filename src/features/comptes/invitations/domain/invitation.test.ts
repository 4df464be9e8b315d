import { describe, expect, it } from 'vitest';
import {
  courrielInvitation,
  etatInvitation,
  expirationInvitation,
  INVITATION_DUREE_MS,
} from './invitation.ts';

describe('invitation', () => {
  const now = new Date('2021-02-04T10:00:00Z');
  it('est valable sept jours, une seule fois', () => {
    const expireLe = expirationInvitation(now);
    expect(expireLe.getTime() - now.getTime()).toBe(INVITATION_DUREE_MS);
    expect(etatInvitation({ expireLe, utiliseLe: null }, now)).toBe('valide');
    expect(etatInvitation({ expireLe, utiliseLe: null }, new Date(expireLe.getTime() - 1))).toBe('valide');
    expect(etatInvitation({ expireLe, utiliseLe: null }, expireLe)).toBe('expiree');
    expect(etatInvitation({ expireLe, utiliseLe: now }, now)).toBe('utilisee');
  });
  it('rédige un courriel en français avec le lien et la date limite', () => {
    const mail = courrielInvitation({
      invitant: 'Claire Martin',
      roleLibelle: 'Préfecture',
      portee: 'Aisne (02)',
      lien: 'https://maillage.test/invitation/abc',
      expireLe: expirationInvitation(now),
    });
    expect(mail.subject).toBe('Invitation à rejoindre Maillage');
    expect(mail.text).toContain('Claire Martin vous invite');
    expect(mail.text).toContain('« Préfecture » (Aisne (02))');
    expect(mail.text).toContain('\nhttps://maillage.test/invitation/abc\n');
    expect(mail.text).toContain('jeudi 11 février 2021');
  });
});
