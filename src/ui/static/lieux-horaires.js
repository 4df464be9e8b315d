// Management form of a place: show only the opening-hours input that counts (weekly table or OSM
// string), as chosen with the radio buttons. Without JavaScript both stay visible.

const radios = document.querySelectorAll('input[name="horaires_mode"]');
const sections = document.querySelectorAll('[data-horaires-mode]');

function afficher() {
  const choisi = document.querySelector('input[name="horaires_mode"]:checked')?.value ?? 'tableau';
  for (const s of sections) s.hidden = s.dataset.horairesMode !== choisi;
}

if (radios.length && sections.length) {
  for (const r of radios) r.addEventListener('change', afficher);
  afficher();
}
