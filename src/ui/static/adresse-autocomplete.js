// Address autocomplete: ARIA 1.2 combobox (list autocomplete) over the plain text field rendered by
// src/ui/components/adresse-field.tsx. Without this script the field still works: the server geocodes
// the address on save and proposes its answers. Suggestions come from GET /api/v1/adresses — the
// platform asks the national address service, the browser never calls it. Picking a suggestion fills
// the commune, postal code and position fields the component names (data-champ-*).
// data-etat on the field group ("recherche", "pret", "erreur") tells whether suggestions are up to date.

const DELAI_MS = 250;
const API = '/api/v1/adresses';
const FEUILLE = '/static/commune-autocomplete.css';
let compteur = 0;

function chargerFeuille() {
  if (document.querySelector(`link[href="${FEUILLE}"]`)) return;
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = FEUILLE;
  document.head.append(link);
}

const champ = (racine, nom) => {
  const id = racine.dataset[nom];
  return id ? document.getElementById(id) : null;
};

function initialiser(racine) {
  const input = racine.querySelector('input.fr-input');
  if (!input || racine.dataset.adresseActif) return;
  racine.dataset.adresseActif = '1';
  const base = `adresse-ac-${++compteur}`;
  const commune = champ(racine, 'champCommune');
  const codeInsee = champ(racine, 'champCodeInsee');
  const codePostal = champ(racine, 'champCodePostal');
  const latitude = champ(racine, 'champLatitude');
  const longitude = champ(racine, 'champLongitude');
  const precision = champ(racine, 'champPrecision');

  const conteneur = document.createElement('div');
  conteneur.className = 'maillage-combobox';
  const liste = document.createElement('ul');
  liste.id = `${base}-liste`;
  liste.className = 'maillage-combobox__liste';
  liste.setAttribute('role', 'listbox');
  liste.setAttribute('aria-label', 'Adresses proposées');
  liste.hidden = true;
  conteneur.append(liste);
  input.after(conteneur);

  const statut = document.createElement('div');
  statut.className = 'fr-sr-only';
  statut.setAttribute('role', 'status');
  statut.setAttribute('aria-live', 'polite');
  statut.setAttribute('aria-atomic', 'true');
  racine.append(statut);

  const consigne = document.createElement('span');
  consigne.id = `${base}-consigne`;
  consigne.className = 'fr-sr-only';
  consigne.textContent =
    'Des adresses sont proposées pendant la saisie : flèches haut et bas pour les parcourir, Entrée pour choisir, Échap pour fermer.';
  racine.append(consigne);

  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-expanded', 'false');
  input.setAttribute('aria-controls', liste.id);
  input.setAttribute('autocomplete', 'off');
  input.setAttribute(
    'aria-describedby',
    `${input.getAttribute('aria-describedby') || ''} ${consigne.id}`.trim(),
  );

  let resultats = [];
  let actif = -1;
  let minuterie = 0;
  let requete = null;
  let derniere = input.value;

  function annoncer(message) {
    statut.textContent = '';
    window.setTimeout(() => {
      statut.textContent = message;
    }, 50);
  }

  function fermer() {
    liste.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    actif = -1;
  }

  function activer(index) {
    const options = liste.querySelectorAll('[role="option"]');
    if (options.length === 0) return;
    actif = (index + options.length) % options.length;
    options.forEach((option, i) => {
      option.setAttribute('aria-selected', i === actif ? 'true' : 'false');
    });
    const option = options[actif];
    input.setAttribute('aria-activedescendant', option.id);
    option.scrollIntoView({ block: 'nearest' });
  }

  function afficher(adresses) {
    resultats = adresses;
    liste.replaceChildren();
    adresses.forEach((adresse, i) => {
      const option = document.createElement('li');
      option.id = `${base}-option-${i}`;
      option.className = 'maillage-combobox__option';
      option.setAttribute('role', 'option');
      option.setAttribute('aria-selected', 'false');
      option.textContent = adresse.label;
      option.addEventListener('click', () => choisir(i));
      liste.append(option);
    });
    actif = -1;
    input.removeAttribute('aria-activedescendant');
    const ouvert = adresses.length > 0;
    liste.hidden = !ouvert;
    input.setAttribute('aria-expanded', ouvert ? 'true' : 'false');
    annoncer(
      ouvert
        ? `${adresses.length} ${adresses.length > 1 ? 'adresses proposées' : 'adresse proposée'}.`
        : 'Aucune adresse ne correspond.',
    );
  }

  function remplir(element, valeur) {
    if (!element) return;
    element.value = valeur;
    element.disabled = false;
  }

  function choisir(index) {
    const a = resultats[index];
    if (!a) return;
    input.value = a.nom;
    derniere = input.value;
    if (commune && a.commune) {
      commune.value = `${a.commune} (${a.code_postal})`;
    }
    remplir(codeInsee, a.code_insee);
    const choixCommune = commune?.closest('[data-commune-autocomplete]')?.dataset.choix;
    if (choixCommune) document.getElementById(choixCommune)?.remove();
    remplir(codePostal, a.code_postal);
    remplir(latitude, String(a.latitude));
    remplir(longitude, String(a.longitude));
    remplir(precision, a.precision);
    // Proposals from a previous server answer would send a second choice: drop them.
    const choix = racine.dataset.choix && document.getElementById(racine.dataset.choix);
    if (choix) choix.remove();
    fermer();
    annoncer(`${a.label} choisie : commune, code postal et position remplis.`);
  }

  async function chercher(texte) {
    requete?.abort();
    const controleur = new AbortController();
    requete = controleur;
    try {
      const params = new URLSearchParams({ q: texte, limit: '5' });
      if (codeInsee?.value && /^(\d{5}|2[AB]\d{3})$/i.test(codeInsee.value))
        params.set('commune', codeInsee.value);
      const reponse = await fetch(`${API}?${params}`, {
        headers: { accept: 'application/json' },
        signal: controleur.signal,
      });
      if (!reponse.ok) throw new Error(String(reponse.status));
      const corps = await reponse.json();
      if (requete !== controleur || input.value.trim() !== texte) return;
      afficher(Array.isArray(corps.data) ? corps.data : []);
      racine.dataset.etat = 'pret';
    } catch (erreur) {
      if (erreur?.name === 'AbortError') return;
      racine.dataset.etat = 'erreur';
      fermer();
      annoncer(
        'Les suggestions d’adresses sont indisponibles : saisissez l’adresse, elle sera localisée à l’enregistrement.',
      );
    }
  }

  input.addEventListener('input', () => {
    if (input.value === derniere) return;
    derniere = input.value;
    // A new address makes the position of the previous one wrong.
    if (precision?.value) {
      precision.value = '';
      if (latitude) latitude.value = '';
      if (longitude) longitude.value = '';
    }
    window.clearTimeout(minuterie);
    const texte = input.value.trim();
    if (texte.length < 3) {
      requete?.abort();
      racine.dataset.etat = 'pret';
      fermer();
      return;
    }
    racine.dataset.etat = 'recherche';
    minuterie = window.setTimeout(() => chercher(texte), DELAI_MS);
  });

  // Coordinates typed by hand: no longer the geocoded position.
  for (const c of [latitude, longitude]) {
    c?.addEventListener('input', () => {
      if (precision) precision.value = '';
    });
  }

  input.addEventListener('keydown', (event) => {
    const ouvert = !liste.hidden;
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (!ouvert && resultats.length > 0) {
          liste.hidden = false;
          input.setAttribute('aria-expanded', 'true');
          activer(0);
        } else if (ouvert) activer(actif + 1);
        break;
      case 'ArrowUp':
        event.preventDefault();
        if (ouvert) activer(actif - 1);
        break;
      case 'Enter':
        if (ouvert && actif >= 0) {
          event.preventDefault();
          choisir(actif);
        }
        break;
      case 'Escape':
        if (ouvert) {
          event.preventDefault();
          fermer();
        }
        break;
      default:
        break;
    }
  });

  liste.addEventListener('mousedown', (event) => event.preventDefault());
  input.addEventListener('blur', () => fermer());
}

chargerFeuille();
for (const racine of document.querySelectorAll('[data-adresse-autocomplete]')) initialiser(racine);
