/** In-process wake-up of the workers when a task is queued (other processes find it at their next poll). */
const abonnes = new Set<() => void>();

export function surReveil(fn: () => void): () => void {
  abonnes.add(fn);
  return () => abonnes.delete(fn);
}

export function reveillerTravailleurs(): void {
  // After the caller's transaction had a chance to commit.
  setTimeout(() => {
    for (const fn of abonnes) fn();
  }, 50).unref();
}
