// Follows a background task shown with <div data-suivi-tache="<url of its JSON state>">: updates the
// progress bar and its text (aria-live polite) every 3 seconds, and reloads the page once the task has
// ended so that its result or its failure shows. Without this script the page has a reload link.
const nf = new Intl.NumberFormat('fr-FR');

function texte(v) {
  if (!v.total) return `${v.etape || 'En préparation'}…`;
  const etape = v.etape ? `${v.etape} : ` : '';
  const pourcent = Math.min(100, Math.floor((v.fait / v.total) * 100));
  return `${etape}${nf.format(v.fait)} sur ${nf.format(v.total)} (${pourcent} %)`;
}

function suivre(bloc) {
  const url = bloc.dataset.suiviTache;
  const barre = bloc.querySelector('progress');
  const zone = bloc.querySelector('[data-suivi-texte]');
  let dernier = zone ? zone.textContent : '';
  const tour = async () => {
    try {
      const r = await fetch(url, { headers: { accept: 'application/json' }, credentials: 'same-origin' });
      if (!r.ok) return setTimeout(tour, 10000);
      const v = await r.json();
      if (v.fini) return window.location.reload();
      if (barre && v.total) {
        barre.max = v.total;
        barre.value = v.fait;
      }
      const t = texte(v);
      // Only a change is written: screen readers hear progress, not a repeated sentence.
      if (zone && t !== dernier) {
        zone.textContent = t;
        dernier = t;
      }
    } catch {
      // Offline for a moment: try again later.
    }
    setTimeout(tour, 3000);
  };
  setTimeout(tour, 3000);
}

for (const bloc of document.querySelectorAll('[data-suivi-tache]')) suivre(bloc);
