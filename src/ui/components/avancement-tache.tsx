/** The script that follows a task without reloading the page (the page works without it). */
export const SUIVI_TACHE_SCRIPT = '/static/suivi-tache.js';

const nf = new Intl.NumberFormat('fr-FR');

/** The progress text of a task, the same on the server and in the script. */
export function texteAvancement(v: { fait: number; total: number | null; etape: string | null }): string {
  if (v.total === null || v.total === 0) return `${v.etape ?? 'En préparation'}…`;
  const etape = v.etape ? `${v.etape} : ` : '';
  const pourcent = Math.min(100, Math.floor((v.fait / v.total) * 100));
  return `${etape}${nf.format(v.fait)} sur ${nf.format(v.total)} (${pourcent} %)`;
}

/**
 * A background task's progress: a native progress bar with its text, announced politely to screen
 * readers. Without JavaScript, the link reloads the page; with it, `suivi-tache.js` polls `etatUrl`
 * (JSON: statut, fait, total, etape, fini) every few seconds and reloads the page once the task ends.
 */
export function AvancementTache(props: {
  id: string;
  libelle: string;
  fait: number;
  total: number | null;
  etape: string | null;
  etatUrl: string;
  pageUrl: string;
}) {
  const texte = texteAvancement(props);
  return (
    <div class="fr-mb-4w" data-suivi-tache={props.etatUrl}>
      <label for={props.id} class="fr-label fr-mb-1w">
        {props.libelle}
      </label>
      <progress
        id={props.id}
        class="maillage-progression"
        max={props.total && props.total > 0 ? props.total : undefined}
        value={props.total && props.total > 0 ? props.fait : undefined}
      >
        {texte}
      </progress>
      <p class="fr-mt-1w" aria-live="polite" data-suivi-texte>
        {texte}
      </p>
      <p>
        <a class="fr-link fr-icon-refresh-line fr-link--icon-left" href={props.pageUrl}>
          Actualiser l’avancement
        </a>
      </p>
    </div>
  );
}
