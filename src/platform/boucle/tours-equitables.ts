/**
 * One event loop per process, shared by the requests and the background tasks: this queue gives each its
 * turn (issue 9, point 7).
 *
 * Node accepts about one new TCP connection per event-loop turn, and a turn runs every request already
 * read from the open connections. When keep-alive clients saturate the server, a turn lasts as long as
 * all their requests together (a second with 100 busy connections) and a *new* client waits there, not
 * even accepted, until it gives up: in the load test 60 connections out of 200 never got an answer while
 * the others were served. Each request now takes a ticket when it arrives and one ticket is served per
 * turn, so a turn stays as short as one request, new connections are accepted between two requests, and
 * everyone waits in the same queue, in arrival order. Unloaded, a request waits one `setImmediate`.
 *
 * A background task yields with `cederAuxRequetes`: it resumes once no request is waiting, or after
 * `PART_MINIMALE_FOND_MS` anyway, so an import under constant load still moves forward.
 */
export const PART_MINIMALE_FOND_MS = 150;

export class ToursEquitables {
  private readonly file: Array<() => void> = [];
  private readonly fond: Array<() => void> = [];
  private planifie = false;
  private attenteMax = 0;

  /** Resolves when it is this request's turn. */
  attendreSonTour(): Promise<void> {
    return new Promise((tour) => {
      this.file.push(tour);
      if (this.file.length > this.attenteMax) this.attenteMax = this.file.length;
      this.planifier();
    });
  }

  /** For background work between two slices: resolves when no request waits (or after `maxMs`). */
  cederAuxRequetes(maxMs = PART_MINIMALE_FOND_MS): Promise<void> {
    return new Promise((reprendre) => {
      if (this.file.length === 0) {
        setImmediate(reprendre);
        return;
      }
      let libere = false;
      const liberer = () => {
        if (libere) return;
        libere = true;
        clearTimeout(minuteur);
        reprendre();
      };
      const minuteur = setTimeout(liberer, maxMs);
      this.fond.push(liberer);
    });
  }

  /** Requests waiting for their turn now, and the longest queue seen since start. */
  etat(): { enAttente: number; attenteMax: number; fondEnAttente: number } {
    return { enAttente: this.file.length, attenteMax: this.attenteMax, fondEnAttente: this.fond.length };
  }

  private planifier(): void {
    if (this.planifie || this.file.length === 0) return;
    this.planifie = true;
    setImmediate(() => {
      this.planifie = false;
      // The request's own work runs in the microtasks right after this callback, before the next turn.
      this.file.shift()?.();
      if (this.file.length === 0) for (const liberer of this.fond.splice(0)) liberer();
      this.planifier();
    });
  }
}

/** The queue of this process's event loop. */
export const toursEquitables = new ToursEquitables();
