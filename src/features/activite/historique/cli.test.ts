import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { registerHistoriqueCommands } from './cli.ts';

describe('maillage activite import-cra-2021', () => {
  it('s’ajoute au groupe « activite » existant et refuse un fichier introuvable en français', async () => {
    const program = new Command().exitOverride();
    program.command('activite').command('autre');
    registerHistoriqueCommands(program);
    expect(program.commands.filter((c) => c.name() === 'activite')).toHaveLength(1);
    const activite = program.commands.find((c) => c.name() === 'activite')!;
    expect(activite.commands.map((c) => c.name())).toEqual(['autre', 'import-cra-2021']);
    await expect(
      program.parseAsync(['node', 'maillage', 'activite', 'import-cra-2021', '/nulle/part/cra.json']),
    ).rejects.toThrow('Fichier introuvable : /nulle/part/cra.json');
  });
});
