// Live character counter for textareas rendered with data-compteur="<id of the counter paragraph>".
// Without this script the counter shows the count at page load and the limit stays in the hint.
const nf = new Intl.NumberFormat('fr-FR');

function brancher(zone) {
  const compteur = document.getElementById(zone.dataset.compteur || '');
  if (!compteur) return;
  const max = Number(compteur.dataset.max) || zone.maxLength;
  let minuterie;
  const maj = () => {
    const n = zone.value.length;
    const reste = max - n;
    compteur.textContent =
      `${nf.format(n)} / ${nf.format(max)} caractères` +
      (reste <= 100 ? ` — il en reste ${nf.format(Math.max(0, reste))}` : '');
  };
  // Screen readers hear the count once typing pauses, not at every key.
  zone.addEventListener('input', () => {
    clearTimeout(minuterie);
    minuterie = setTimeout(maj, 400);
  });
  maj();
}

for (const zone of document.querySelectorAll('textarea[data-compteur]')) brancher(zone);
