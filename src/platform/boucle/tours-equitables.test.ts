import { describe, expect, it } from 'vitest';
import { ToursEquitables } from './tours-equitables.ts';

const tour = () => new Promise<void>((r) => setImmediate(r));

describe('tours équitables de la boucle', () => {
  it('sert les requêtes dans l’ordre d’arrivée, une par tour de boucle', async () => {
    const tours = new ToursEquitables();
    const servies: number[] = [];
    const attentes = Array.from({ length: 5 }, (_, i) => tours.attendreSonTour().then(() => servies.push(i)));
    expect(tours.etat().enAttente).toBe(5);
    const parTour: number[] = [];
    for (let k = 0; k < 6; k++) {
      await tour();
      parTour.push(servies.length);
    }
    await Promise.all(attentes);
    expect(servies).toEqual([0, 1, 2, 3, 4]);
    // Never two in the same turn: each turn of the loop adds at most one.
    for (let k = 1; k < parTour.length; k++) expect(parTour[k]! - parTour[k - 1]!).toBeLessThanOrEqual(1);
    expect(tours.etat()).toEqual({ enAttente: 0, attenteMax: 5, fondEnAttente: 0 });
  });

  it('une tâche de fond attend que la file soit vide pour reprendre', async () => {
    const tours = new ToursEquitables();
    const ordre: string[] = [];
    const requetes = [1, 2, 3].map((i) => tours.attendreSonTour().then(() => ordre.push(`requête ${i}`)));
    const fond = tours.cederAuxRequetes(10_000).then(() => ordre.push('tâche'));
    await Promise.all([...requetes, fond]);
    expect(ordre).toEqual(['requête 1', 'requête 2', 'requête 3', 'tâche']);
  });

  it('sous une file qui ne se vide jamais, la tâche de fond reprend quand même après sa part d’attente', async () => {
    const tours = new ToursEquitables();
    let arret = false;
    // A client that always has a new request waiting.
    const client = (async () => {
      while (!arret) {
        const suivante = tours.attendreSonTour();
        tours.attendreSonTour();
        await suivante;
      }
    })();
    const fond = await Promise.race([
      tours.cederAuxRequetes(30).then(() => 'reprise'),
      new Promise((r) => setTimeout(() => r('bloquée'), 2_000)),
    ]);
    arret = true;
    await client;
    expect(fond).toBe('reprise');
  });

  it('sans requête en attente, une tâche de fond reprend au tour suivant', async () => {
    const tours = new ToursEquitables();
    let reprise = false;
    const p = tours.cederAuxRequetes(10_000).then(() => {
      reprise = true;
    });
    expect(reprise).toBe(false);
    await tour();
    await p;
    expect(reprise).toBe(true);
  });
});
