import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { installerMessagesFrancais } from './messages-francais.ts';

beforeAll(() => installerMessagesFrancais());

const messages = (schema: z.ZodType, valeur: unknown) =>
  schema.safeParse(valeur).error?.issues.map((i) => i.message) ?? [];

describe('messages de validation en français', () => {
  it('un champ absent ou vide est dit obligatoire', () => {
    expect(messages(z.object({ rayon: z.number() }), {})).toEqual(['Ce champ est obligatoire.']);
    expect(messages(z.string().min(1), '')).toEqual(['Ce champ est obligatoire.']);
  });
  it('un mauvais type dit ce qu’il faut saisir, sans jargon', () => {
    expect(messages(z.coerce.number(), 'abc')).toEqual(['Saisissez un nombre.']);
    expect(messages(z.number().int(), 2.5)).toEqual(['Saisissez un nombre entier.']);
    expect(messages(z.string(), 12)).toEqual(['Saisissez du texte.']);
    expect(messages(z.enum(['a', 'b']), 'c')).toEqual(['Choisissez une des valeurs proposées.']);
    expect(messages(z.email(), 'nom@')).toEqual([
      'Adresse électronique invalide, par exemple nom@exemple.fr.',
    ]);
  });
  it('les bornes sont données en clair', () => {
    expect(messages(z.string().min(3), 'ab')).toEqual(['Saisissez au moins 3 caractères.']);
    expect(messages(z.string().max(2000), 'a'.repeat(2001))).toEqual([
      'Ce champ ne doit pas dépasser 2\u202f000 caractères.',
    ]);
    expect(messages(z.number().min(1).max(100), 0)).toEqual(['La valeur doit être au moins 1.']);
    expect(messages(z.number().max(100), 101)).toEqual(['La valeur ne doit pas dépasser 100.']);
    expect(messages(z.array(z.string()).min(1), [])).toEqual(['Choisissez au moins une valeur.']);
    expect(messages(z.object({}).strict(), { x: 1 })).toEqual(['Champ inconnu : x.']);
  });
  it('le message propre au schéma l’emporte toujours', () => {
    expect(messages(z.number({ error: 'Choisissez un rayon de mobilité.' }), undefined)).toEqual([
      'Choisissez un rayon de mobilité.',
    ]);
  });
  it('aucun message anglais pour un large éventail d’erreurs', () => {
    const schema = z.object({
      a: z.number(),
      b: z.string().min(2).max(3),
      c: z.uuid(),
      d: z.url(),
      e: z.iso.date(),
      f: z.boolean(),
      g: z.array(z.number()),
      h: z.union([z.number(), z.boolean()]),
      i: z.literal('x'),
      j: z.number().multipleOf(5),
      k: z.date(),
    });
    const tous = messages(schema, {
      a: 'x',
      b: 'y',
      c: 'z',
      d: 'w',
      e: '2020-13-45',
      f: 'v',
      g: ['u'],
      h: 'x',
      i: 'y',
      j: 3,
      k: 'z',
    });
    expect(tous.length).toBe(11);
    for (const m of tous) expect(m).not.toMatch(/\b(invalid|expected|received|input|must|too)\b/i);
  });
});
