import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { lireChamps, lireFormulaire } from './formulaire.ts';

const schema = z.object({
  nom: z.string().trim().min(1, 'Indiquez le nom.'),
  services: z.array(z.string()).default([]),
});

describe('lecture d’un formulaire', () => {
  it('lit les champs simples et les listes, sans le jeton CSRF', () => {
    const r = lireChamps({ _csrf: 'x', nom: 'Laon', services: ['a', 'b'] }, { listes: ['services'] });
    expect(r).toEqual({ valeurs: { nom: 'Laon' }, listes: { services: ['a', 'b'] }, erreurs: {} });
    expect(lireChamps({ nom: 'x', services: 'a' }, { listes: ['services'] }).listes.services).toEqual(['a']);
    expect(lireChamps(undefined).valeurs).toEqual({});
    expect(lireChamps('texte').valeurs).toEqual({});
  });
  it('refuse avec un message français une clé répétée, un caractère de contrôle, un objet, un texte trop long', () => {
    const r = lireChamps({ nom: ['a', 'b'], ville: 'La\u0000on', x: { a: 1 }, long: 'a'.repeat(20_001) });
    expect(r.erreurs).toEqual({
      nom: 'Ce champ a été envoyé plusieurs fois : gardez une seule valeur.',
      ville: 'Ce champ contient des caractères invisibles non autorisés : saisissez-le à nouveau.',
      x: 'Ce champ a une forme inattendue : saisissez du texte.',
      long: 'Ce champ dépasse 20\u202f000 caractères.',
    });
    expect(lireChamps({ texte: 'ligne 1\r\nligne 2\tfin' }).erreurs).toEqual({});
  });
  it('valide avec le schéma et rend les valeurs à réafficher', () => {
    expect(lireFormulaire(schema, { nom: ' Laon ' }, { listes: ['services'] })).toEqual({
      ok: true,
      data: { nom: 'Laon', services: [] },
      valeurs: { nom: ' Laon ' },
    });
    expect(lireFormulaire(schema, { nom: '' })).toEqual({
      ok: false,
      erreurs: { nom: 'Indiquez le nom.' },
      valeurs: { nom: '' },
    });
    const repete = lireFormulaire(schema, { nom: ['a', 'b'] });
    expect(repete.ok).toBe(false);
  });
});
