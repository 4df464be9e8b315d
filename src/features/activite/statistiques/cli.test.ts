import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { registerCompteursCommands } from './cli.ts';

describe('commandes des compteurs', () => {
  it('maillage activite compteurs verifier | recalculer [--en-tache], sous un groupe activite partagé', () => {
    const program = new Command('maillage');
    program.command('activite').description('déjà déclaré par une autre tranche');
    registerCompteursCommands(program);
    const activite = program.commands.filter((c) => c.name() === 'activite');
    expect(activite).toHaveLength(1);
    const compteurs = activite[0]!.commands.find((c) => c.name() === 'compteurs')!;
    expect(compteurs.commands.map((c) => c.name())).toEqual(['verifier', 'recalculer']);
    const recalculer = compteurs.commands.find((c) => c.name() === 'recalculer')!;
    expect(recalculer.options.map((o) => o.long)).toEqual(['--en-tache']);
    expect(compteurs.helpInformation()).toMatch(/Recompte depuis les activités enregistrées/);
  });
});
