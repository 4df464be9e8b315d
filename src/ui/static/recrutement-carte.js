// Map of structure applications (préfecture, ANCT): MapLibre served by the app, points from the page's
// points endpoint (same filters as the list). The list under the map stays the accessible alternative.
const conteneur = document.getElementById('carte-candidatures');

const FOND_NEUTRE = {
  version: 8,
  sources: {},
  layers: [{ id: 'fond', type: 'background', paint: { 'background-color': '#eef1f6' } }],
};

function message(texte) {
  const p = document.createElement('p');
  p.className = 'fr-p-2w';
  p.textContent = texte;
  conteneur.replaceChildren(p);
}

function boite(points) {
  if (points.length === 0) {
    return [
      [-5, 41.3],
      [9.6, 51.1],
    ];
  }
  let [w, s, e, n] = [180, 90, -180, -90];
  for (const p of points) {
    w = Math.min(w, p.lon);
    e = Math.max(e, p.lon);
    s = Math.min(s, p.lat);
    n = Math.max(n, p.lat);
  }
  return [
    [w - 0.05, s - 0.05],
    [e + 0.05, n + 0.05],
  ];
}

async function demarrer() {
  const base = conteneur.dataset.maplibre;
  if (!document.querySelector(`link[href="${base}/maplibre-gl.css"]`)) {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = `${base}/maplibre-gl.css`;
    document.head.append(link);
  }
  let maplibre;
  let points;
  try {
    const [module, reponse] = await Promise.all([
      import(`${base}/maplibre-gl.mjs`),
      fetch(conteneur.dataset.points),
    ]);
    maplibre = module;
    points = reponse.ok ? (await reponse.json()).data : [];
  } catch {
    message('La carte n’a pas pu être chargée : les candidatures restent listées ci-dessous.');
    return;
  }
  conteneur.replaceChildren();
  let carte;
  try {
    carte = new maplibre.Map({
      container: conteneur,
      style: conteneur.dataset.fond || FOND_NEUTRE,
      bounds: boite(points),
      fitBoundsOptions: { padding: 30, maxZoom: 13 },
      attributionControl: conteneur.dataset.fond ? {} : false,
      locale: {
        'NavigationControl.ZoomIn': 'Zoomer',
        'NavigationControl.ZoomOut': 'Dézoomer',
        'Popup.Close': 'Fermer',
      },
    });
  } catch {
    message('Votre navigateur ne peut pas afficher la carte : les candidatures restent listées ci-dessous.');
    return;
  }
  carte.addControl(new maplibre.NavigationControl({ showCompass: false }));
  carte.on('load', () => {
    carte.addSource('candidatures', {
      type: 'geojson',
      data: {
        type: 'FeatureCollection',
        features: points.map((p) => ({
          type: 'Feature',
          geometry: { type: 'Point', coordinates: [p.lon, p.lat] },
          properties: { id: p.id, nom: p.nom, libelle: p.libelle, couleur: p.couleur || '#666666' },
        })),
      },
    });
    carte.addLayer({
      id: 'candidatures',
      type: 'circle',
      source: 'candidatures',
      paint: {
        'circle-color': ['get', 'couleur'],
        'circle-radius': 7,
        'circle-stroke-width': 2,
        'circle-stroke-color': '#ffffff',
      },
    });
    carte.on('click', 'candidatures', (e) => {
      const f = e.features[0];
      const div = document.createElement('div');
      const lien = document.createElement('a');
      lien.href = `/recrutement/candidatures/${f.properties.id}`;
      lien.textContent = f.properties.nom;
      const detail = document.createElement('p');
      detail.className = 'fr-text--sm fr-mb-0';
      detail.textContent = f.properties.libelle;
      div.append(lien, detail);
      new maplibre.Popup({ closeButton: true })
        .setLngLat(f.geometry.coordinates)
        .setDOMContent(div)
        .addTo(carte);
    });
    carte.on('mouseenter', 'candidatures', () => {
      carte.getCanvas().style.cursor = 'pointer';
    });
    carte.on('mouseleave', 'candidatures', () => {
      carte.getCanvas().style.cursor = '';
    });
  });
}

if (conteneur) demarrer();
