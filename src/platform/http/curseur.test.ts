import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { cleDecalage, cleIdEntier, cleIdTexte, decoderCurseur, encoderCurseur } from './curseur.ts';

describe('curseur de pagination', () => {
  it('rend la clé encodée, de la forme attendue', () => {
    expect(decoderCurseur(encoderCurseur([42]), cleIdEntier)).toEqual([42]);
    const uuid = '7c0f3c8e-1d0a-4c1e-9a53-0b8f0f1c2d3e';
    const c = encoderCurseur([uuid]);
    expect(c).toMatch(/^[A-Za-z0-9_-]{10,80}$/);
    expect(decoderCurseur(c, cleIdTexte)).toEqual([uuid]);
    const mixte = z.tuple([z.string(), z.number()]);
    expect(decoderCurseur(encoderCurseur(['Laon', 3]), mixte)).toEqual(['Laon', 3]);
  });
  it('refuse un curseur forgé, tronqué, d’une autre forme ou trop long', () => {
    expect(decoderCurseur('', cleIdEntier)).toBeNull();
    expect(decoderCurseur('pas un curseur !', cleIdEntier)).toBeNull();
    expect(decoderCurseur(Buffer.from('[1]').toString('base64url'), cleIdEntier)).toBeNull();
    expect(decoderCurseur(encoderCurseur(['x']), cleIdEntier)).toBeNull();
    expect(decoderCurseur(encoderCurseur([-1]), cleDecalage)).toBeNull();
    expect(decoderCurseur(encoderCurseur([1]).slice(0, 5), cleIdEntier)).toBeNull();
    expect(decoderCurseur('A'.repeat(401), cleIdEntier)).toBeNull();
  });
});
