// Commune autocomplete: ARIA 1.2 combobox (list autocomplete) over a plain text field rendered by
// src/ui/components/commune-field.tsx. Without this script the field still works: the server resolves
// the typed text. Suggestions come from GET /api/v1/communes; the chosen INSEE code goes to the hidden
// input, which is emptied as soon as the text changes so that a stale code is never sent.
// data-etat on the field group ("recherche", "pret", "erreur") tells whether suggestions are up to date.

const DELAI_MS = 200;
const API = '/api/v1/communes';
const FEUILLE = '/static/commune-autocomplete.css';
let compteur = 0;

function chargerFeuille() {
  if (document.querySelector(`link[href="${FEUILLE}"]`)) return;
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = FEUILLE;
  document.head.append(link);
}

function pluriel(n, un, plusieurs) {
  return n > 1 ? plusieurs : un;
}

function initialiser(racine) {
  const input = racine.querySelector('input.fr-input');
  const champCode = document.getElementById(racine.dataset.champCode || '');
  if (!input || !champCode || racine.dataset.communeActif) return;
  racine.dataset.communeActif = '1';
  const limite = Number(racine.dataset.limite) || 8;
  const base = `commune-ac-${++compteur}`;

  const conteneur = document.createElement('div');
  conteneur.className = 'maillage-combobox';
  const liste = document.createElement('ul');
  liste.id = `${base}-liste`;
  liste.className = 'maillage-combobox__liste';
  liste.setAttribute('role', 'listbox');
  liste.setAttribute('aria-label', 'Communes proposées');
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
    'Des communes sont proposées pendant la saisie : flèches haut et bas pour les parcourir, Entrée pour choisir, Échap pour fermer.';
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
    // Emptying first makes screen readers repeat an identical message.
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

  function afficher(communes) {
    resultats = communes;
    liste.replaceChildren();
    communes.forEach((commune, i) => {
      const option = document.createElement('li');
      option.id = `${base}-option-${i}`;
      option.className = 'maillage-combobox__option';
      option.setAttribute('role', 'option');
      option.setAttribute('aria-selected', 'false');
      option.textContent = commune.libelle;
      const detail = document.createElement('span');
      detail.className = 'maillage-combobox__detail';
      detail.textContent = commune.departementNom ? ` ${commune.departementNom}` : '';
      option.append(detail);
      option.addEventListener('click', () => choisir(i));
      liste.append(option);
    });
    actif = -1;
    input.removeAttribute('aria-activedescendant');
    const ouvert = communes.length > 0;
    liste.hidden = !ouvert;
    input.setAttribute('aria-expanded', ouvert ? 'true' : 'false');
    annoncer(
      ouvert
        ? `${communes.length} ${pluriel(communes.length, 'commune proposée', 'communes proposées')}.`
        : 'Aucune commune ne correspond.',
    );
  }

  function choisir(index) {
    const commune = resultats[index];
    if (!commune) return;
    input.value = commune.libelle;
    derniere = input.value;
    champCode.value = commune.code;
    champCode.disabled = false;
    // Radio buttons from a previous server answer would send a second code: drop them.
    const choix = racine.dataset.choix && document.getElementById(racine.dataset.choix);
    if (choix) choix.remove();
    fermer();
    annoncer(`${commune.libelle} choisie.`);
  }

  async function chercher(texte) {
    requete?.abort();
    const controleur = new AbortController();
    requete = controleur;
    try {
      const params = new URLSearchParams({ q: texte, limit: String(limite) });
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
      annoncer('Les suggestions sont indisponibles : saisissez le nom ou le code postal, puis validez.');
    }
  }

  input.addEventListener('input', () => {
    if (input.value === derniere) return;
    derniere = input.value;
    champCode.value = '';
    window.clearTimeout(minuterie);
    const texte = input.value.trim();
    if (texte.length < 2) {
      requete?.abort();
      racine.dataset.etat = 'pret';
      fermer();
      return;
    }
    racine.dataset.etat = 'recherche';
    minuterie = window.setTimeout(() => chercher(texte), DELAI_MS);
  });

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
        // Only hijack Enter to pick a suggestion; otherwise the form is submitted as usual.
        if (ouvert && actif >= 0) {
          event.preventDefault();
          choisir(actif);
        }
        break;
      case 'Escape':
        if (ouvert) {
          event.preventDefault();
          fermer();
        } else if (input.value !== '') {
          event.preventDefault();
          input.value = '';
          derniere = '';
          champCode.value = '';
        }
        break;
      default:
        break;
    }
  });

  // Keep the focus in the field when an option is clicked.
  liste.addEventListener('mousedown', (event) => event.preventDefault());
  input.addEventListener('blur', () => fermer());
}

chargerFeuille();
for (const racine of document.querySelectorAll('[data-commune-autocomplete]')) initialiser(racine);
