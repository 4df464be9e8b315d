// "Utiliser ma position" for blocks marked data-position that hold latitude and longitude inputs.
// Without JavaScript (or without geolocation) the inputs stay plain text fields.
for (const bloc of document.querySelectorAll('[data-position]')) {
  const lat = bloc.querySelector('input[name="latitude"]');
  const lon = bloc.querySelector('input[name="longitude"]');
  if (!lat || !lon || !('geolocation' in navigator)) continue;
  const bouton = document.createElement('button');
  bouton.type = 'button';
  bouton.className = 'fr-btn fr-btn--sm fr-btn--tertiary fr-icon-map-pin-2-line fr-btn--icon-left fr-mt-1w';
  bouton.textContent = 'Utiliser ma position actuelle';
  const statut = document.createElement('p');
  statut.className = 'fr-hint-text fr-mt-1v';
  statut.setAttribute('role', 'status');
  bouton.addEventListener('click', () => {
    statut.textContent = 'Recherche de votre position…';
    navigator.geolocation.getCurrentPosition(
      (p) => {
        lat.value = p.coords.latitude.toFixed(5);
        lon.value = p.coords.longitude.toFixed(5);
        statut.textContent = 'Position renseignée.';
      },
      () => {
        statut.textContent = 'Position indisponible : saisissez-la ou laissez ces champs vides.';
      },
      { enableHighAccuracy: false, timeout: 10000, maximumAge: 600000 },
    );
  });
  bloc.append(bouton, statut);
}
