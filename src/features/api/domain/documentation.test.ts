import { describe, expect, it } from 'vitest';
import {
  completerDocument,
  construireDocumentation,
  exempleDepuisSchema,
  typeLisible,
} from './documentation.ts';

const doc = {
  openapi: '3.1.0',
  info: { title: 'T', version: '1' },
  components: {
    securitySchemes: { jeton: { type: 'http', scheme: 'bearer' } },
    schemas: {
      Commune: {
        type: 'object',
        properties: {
          code: { type: 'string' },
          population: { anyOf: [{ type: 'integer' }, { type: 'null' }] },
        },
      },
    },
  },
  paths: {
    '/api/v1/communes/{code}': {
      get: {
        tags: ['Territoires'],
        summary: 'Une commune',
        security: [{ jeton: [] }],
        parameters: [
          { name: 'code', in: 'path', required: true, schema: { type: 'string' }, description: 'Code INSEE' },
        ],
        responses: {
          '200': {
            description: 'Default Response',
            content: { 'application/json': { schema: { $ref: '#/components/schemas/Commune' } } },
          },
          '404': {
            description: 'Default Response',
            content: { 'application/json': { schema: { type: 'object' } } },
          },
        },
      },
    },
  },
};

describe('documentation générée depuis le document OpenAPI', () => {
  it('construit des exemples depuis les schémas (références, variantes, noms connus)', () => {
    expect(exempleDepuisSchema({ $ref: '#/components/schemas/Commune' }, doc)).toEqual({
      code: '02408',
      population: 1,
    });
    expect(exempleDepuisSchema({ type: 'array', items: { type: 'string', enum: ['a', 'b'] } }, doc)).toEqual([
      'a',
    ]);
    expect(exempleDepuisSchema({ type: 'string', format: 'uuid' }, doc)).toMatch(/^[0-9a-f-]{36}$/);
    expect(exempleDepuisSchema({ type: 'array', items: { type: 'string' }, examples: [['x']] }, doc)).toEqual(
      ['x'],
    );
  });
  it('nomme les types en français', () => {
    expect(typeLisible({ type: 'integer', minimum: 1, maximum: 50 }, doc)).toBe('entier (1 à 50)');
    expect(typeLisible({ type: 'string', enum: ['0', '1'] }, doc)).toBe('« 0 » | « 1 »');
    expect(typeLisible({ type: 'array', items: { type: 'string' } }, doc)).toBe('liste de chaîne');
  });
  it('regroupe les opérations par thème avec paramètres, réponses et exemple', () => {
    const [groupe] = construireDocumentation(doc);
    expect(groupe!.tag).toBe('Territoires');
    const op = groupe!.operations[0]!;
    expect(op).toMatchObject({
      methode: 'GET',
      chemin: '/api/v1/communes/{code}',
      jeton: true,
      id: 'get-api-v1-communes-code',
    });
    expect(op.parametres).toEqual([
      { nom: 'code', emplacement: 'chemin', obligatoire: true, type: 'chaîne', description: 'Code INSEE' },
    ]);
    expect(op.reponses.map((r) => [r.status, r.description, r.probleme])).toEqual([
      ['200', 'Succès', false],
      ['404', 'Ressource introuvable', true],
    ]);
    expect(JSON.parse(op.reponses[0]!.exemple!)).toEqual({ code: '02408', population: 1 });
  });
  it('complète le document sans modifier l’original : problem+json et descriptions', () => {
    const out = completerDocument(doc) as typeof doc;
    const responses = out.paths['/api/v1/communes/{code}'].get.responses as Record<
      string,
      { description: string; content: Record<string, unknown> }
    >;
    expect(responses['404']!.content['application/problem+json']).toBeDefined();
    expect(responses['404']!.content['application/json']).toBeUndefined();
    expect(responses['200']!.description).toBe('Succès');
    expect(doc.paths['/api/v1/communes/{code}'].get.responses['404'].description).toBe('Default Response');
    expect((out.components.securitySchemes.jeton as { description?: string }).description).toContain(
      'Bearer mlg_',
    );
  });
});
