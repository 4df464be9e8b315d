import type { Db } from '../../../db/client.ts';
import { IndexLieux } from './index-memoire.ts';
import { chargerLieuxVisibles, purgerJournal, signatureLieux, tailleJournal } from './queries.ts';

const JOURNAL_MAX = 5000;

/**
 * The search index of one process: loaded on first use, reloaded when the modification journal shows
 * a commit (checked at most every `intervalleMs`, or at once after a write made by this process).
 * Concurrent requests share one load.
 */
export class RechercheLieux {
  private index: IndexLieux | null = null;
  private signature: string | null = null;
  private verifieA = 0;
  private enCours: Promise<IndexLieux> | null = null;

  constructor(
    private readonly db: Db,
    private readonly intervalleMs = 2000,
  ) {}

  /** Call after a write: the next search checks the journal whatever the interval. */
  invalider(): void {
    this.verifieA = 0;
  }

  async obtenir(): Promise<IndexLieux> {
    if (this.enCours) return this.enCours;
    const maintenant = performance.now();
    if (this.index && maintenant - this.verifieA < this.intervalleMs) return this.index;
    this.enCours = this.rafraichir(maintenant).finally(() => {
      this.enCours = null;
    });
    return this.enCours;
  }

  private async rafraichir(maintenant: number): Promise<IndexLieux> {
    this.verifieA = maintenant;
    const signature = await signatureLieux(this.db);
    if (this.index && signature === this.signature) return this.index;
    const lieux = await chargerLieuxVisibles(this.db);
    this.index = new IndexLieux(lieux);
    this.signature = signature;
    if ((await tailleJournal(this.db)) > JOURNAL_MAX) {
      await purgerJournal(this.db);
    }
    return this.index;
  }
}
