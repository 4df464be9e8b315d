import type { Db } from '../../../db/client.ts';
import { toursEquitables } from '../../../platform/boucle/tours-equitables.ts';
import { IndexLieux } from './index-memoire.ts';
import { chargerLieuxVisibles, purgerJournal, signatureLieux, tailleJournal } from './queries.ts';

const JOURNAL_MAX = 5000;

export interface OptionsRecherche {
  /** How often the modification journal is checked (ms). */
  intervalleMs?: number;
  /** Least time between two reloads caused by other processes' writes (an import commits often). */
  reculMs?: number;
}

/**
 * The search index of one process. Loaded on first use; the modification journal is checked at most
 * every `intervalleMs`, in the background: searches keep using the current index while a new one loads.
 * After a write made by this process (`invalider`), the next search waits for the fresh index, so the
 * author sees the change at once.
 */
export class RechercheLieux {
  private index: IndexLieux | null = null;
  private signature: string | null = null;
  private verifieA = 0;
  private chargeA = 0;
  private invalide = false;
  private enCours: Promise<void> | null = null;
  private readonly intervalleMs: number;
  private readonly reculMs: number;

  constructor(
    private readonly db: Db,
    options: OptionsRecherche = {},
  ) {
    this.intervalleMs = options.intervalleMs ?? 2000;
    this.reculMs = options.reculMs ?? 5000;
  }

  /** Call after a write: the next search reloads and waits for it. */
  invalider(): void {
    this.invalide = true;
  }

  async obtenir(): Promise<IndexLieux> {
    if (!this.index || this.invalide) {
      if (this.enCours) await this.enCours;
      this.invalide = false;
      await this.rafraichir(true);
      return this.index!;
    }
    if (!this.enCours && performance.now() - this.verifieA >= this.intervalleMs) {
      // Background check: a failure keeps the current index and is retried at the next interval.
      this.rafraichir(false).catch(() => {});
    }
    return this.index;
  }

  private rafraichir(force: boolean): Promise<void> {
    if (this.enCours) return this.enCours;
    this.enCours = this.charger(force).finally(() => {
      this.enCours = null;
    });
    return this.enCours;
  }

  private async charger(force: boolean): Promise<void> {
    const maintenant = performance.now();
    this.verifieA = maintenant;
    const signature = await signatureLieux(this.db);
    if (this.index && signature === this.signature) return;
    if (this.index && !force && maintenant - this.chargeA < this.reculMs) return;
    // Page by page, letting the requests waiting in the loop pass in between (ADR 017).
    const lieux = await chargerLieuxVisibles(this.db, () => toursEquitables.cederAuxRequetes());
    this.index = new IndexLieux(lieux);
    this.signature = signature;
    this.chargeA = performance.now();
    if ((await tailleJournal(this.db)) > JOURNAL_MAX) await purgerJournal(this.db);
  }
}
