// Public places search (/lieux): "Autour de moi" asks the browser for its position and searches around
// it. Without JavaScript the button stays hidden and a commune is typed instead.

const formulaire = document.getElementById('recherche-lieux');
const bouton = document.getElementById('autour-de-moi');
const etat = document.getElementById('position-etat');

function champCache(nom, valeur) {
  let champ = formulaire.querySelector(`input[type="hidden"][name="${nom}"]`);
  if (!champ) {
    champ = document.createElement('input');
    champ.type = 'hidden';
    champ.name = nom;
    formulaire.append(champ);
  }
  champ.value = valeur;
}

if (formulaire && bouton && 'geolocation' in navigator) {
  bouton.hidden = false;
  bouton.addEventListener('click', () => {
    bouton.disabled = true;
    if (etat) etat.textContent = 'Recherche de votre position…';
    navigator.geolocation.getCurrentPosition(
      (position) => {
        champCache('lat', position.coords.latitude.toFixed(5));
        champCache('lon', position.coords.longitude.toFixed(5));
        // Position wins only while no commune is typed.
        const texte = formulaire.querySelector('input[name="q"]');
        if (texte) texte.value = '';
        const code = formulaire.querySelector('input[name="commune"]');
        if (code) code.value = '';
        formulaire.submit();
      },
      () => {
        bouton.disabled = false;
        if (etat) {
          etat.textContent =
            'Votre position n’est pas disponible (autorisation refusée ou introuvable) : saisissez une commune.';
        }
      },
      { enableHighAccuracy: false, timeout: 10000, maximumAge: 600000 },
    );
  });
}
