// Map view of the places search: MapLibre GL JS served by the app, points from the light points
// endpoint, clustered. The basemap style comes from LIEUX_FOND_DE_CARTE_URL; without it the points are
// drawn on a plain background. The result list under the map stays the accessible alternative.

const conteneur = document.getElementById('carte-lieux');

const FOND_NEUTRE = {
  version: 8,
  sources: {},
  layers: [{ id: 'fond', type: 'background', paint: { 'background-color': '#eef1f6' } }],
};
const BLEU = '#000091';

function message(texte) {
  const p = document.createElement('p');
  p.className = 'fr-p-2w';
  p.textContent = texte;
  conteneur.replaceChildren(p);
}

function chargerFeuille(href) {
  if (document.querySelector(`link[href="${href}"]`)) return;
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = href;
  document.head.append(link);
}

function enGeoJson(points) {
  return {
    type: 'FeatureCollection',
    features: points.map((p) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [p.lon, p.lat] },
      properties: { id: p.id, nom: p.nom },
    })),
  };
}

/** Bounds of a circle of `rayonKm` around a point (enough for fitting the view). */
function boiteAutour(lat, lon, rayonKm) {
  const dLat = rayonKm / 111;
  const dLon = rayonKm / (111 * Math.max(Math.cos((lat * Math.PI) / 180), 0.1));
  return [
    [lon - dLon, lat - dLat],
    [lon + dLon, lat + dLat],
  ];
}

function boiteDesPoints(points) {
  let [w, s, e, n] = [180, 90, -180, -90];
  for (const p of points) {
    w = Math.min(w, p.lon);
    e = Math.max(e, p.lon);
    s = Math.min(s, p.lat);
    n = Math.max(n, p.lat);
  }
  return [
    [w, s],
    [e, n],
  ];
}

function popupLieu(maplibre, carte, feature) {
  const div = document.createElement('div');
  const lien = document.createElement('a');
  lien.href = `/lieux/${feature.properties.id}`;
  lien.textContent = feature.properties.nom;
  div.append(lien);
  new maplibre.Popup({ closeButton: true })
    .setLngLat(feature.geometry.coordinates)
    .setDOMContent(div)
    .addTo(carte);
}

async function demarrer() {
  const base = conteneur.dataset.maplibre;
  chargerFeuille(`${base}/maplibre-gl.css`);
  let maplibre;
  let reponse;
  try {
    [maplibre, reponse] = await Promise.all([
      import(`${base}/maplibre-gl.mjs`),
      fetch(conteneur.dataset.points),
    ]);
  } catch {
    message('La carte n’a pas pu être chargée : les lieux restent présentés en liste ci-dessous.');
    return;
  }
  const points = reponse.ok ? (await reponse.json()).data : [];
  conteneur.replaceChildren();
  const lat = Number.parseFloat(conteneur.dataset.lat);
  const lon = Number.parseFloat(conteneur.dataset.lon);
  const rayon = Number.parseFloat(conteneur.dataset.rayon) || 20;
  const vue =
    !Number.isNaN(lat) && !Number.isNaN(lon)
      ? boiteAutour(lat, lon, rayon)
      : points.length
        ? boiteDesPoints(points)
        : [
            [-5, 41.3],
            [9.6, 51.1],
          ];

  let carte;
  try {
    carte = new maplibre.Map({
      container: conteneur,
      style: conteneur.dataset.fond || FOND_NEUTRE,
      bounds: vue,
      fitBoundsOptions: { padding: 30, maxZoom: 14 },
      attributionControl: conteneur.dataset.fond ? {} : false,
      locale: {
        'NavigationControl.ZoomIn': 'Zoomer',
        'NavigationControl.ZoomOut': 'Dézoomer',
        'NavigationControl.ResetBearing': 'Réorienter vers le nord',
        'Popup.Close': 'Fermer',
      },
    });
  } catch {
    message(
      'Votre navigateur ne peut pas afficher la carte : les lieux restent présentés en liste ci-dessous.',
    );
    return;
  }
  carte.addControl(new maplibre.NavigationControl({ showCompass: false }));

  carte.on('load', () => {
    carte.addSource('lieux', {
      type: 'geojson',
      data: enGeoJson(points),
      cluster: true,
      clusterRadius: 45,
      clusterMaxZoom: 14,
    });
    carte.addLayer({
      id: 'grappes',
      type: 'circle',
      source: 'lieux',
      filter: ['has', 'point_count'],
      paint: {
        'circle-color': BLEU,
        'circle-opacity': 0.85,
        'circle-radius': ['step', ['get', 'point_count'], 14, 10, 18, 50, 24, 200, 30],
        'circle-stroke-width': 2,
        'circle-stroke-color': '#ffffff',
      },
    });
    carte.addLayer({
      id: 'lieux',
      type: 'circle',
      source: 'lieux',
      filter: ['!', ['has', 'point_count']],
      paint: {
        'circle-color': '#e1000f',
        'circle-radius': 7,
        'circle-stroke-width': 2,
        'circle-stroke-color': '#ffffff',
      },
    });

    // Cluster counts as HTML markers: they need no glyphs, so they show without a basemap too.
    const marqueurs = new Map();
    const majCompteurs = () => {
      const vus = new Set();
      for (const f of carte.querySourceFeatures('lieux')) {
        if (!f.properties.cluster) continue;
        const id = f.properties.cluster_id;
        if (vus.has(id)) continue;
        vus.add(id);
        if (!marqueurs.has(id)) {
          const el = document.createElement('div');
          el.className = 'maillage-carte__compte';
          el.setAttribute('aria-hidden', 'true');
          el.textContent = String(f.properties.point_count);
          marqueurs.set(id, new maplibre.Marker({ element: el }).setLngLat(f.geometry.coordinates));
        }
        marqueurs.get(id).addTo(carte);
      }
      for (const [id, m] of marqueurs) if (!vus.has(id)) m.remove();
    };
    carte.on('render', () => {
      if (carte.isSourceLoaded('lieux')) majCompteurs();
    });

    carte.on('click', 'grappes', async (e) => {
      const f = e.features[0];
      const zoom = await carte.getSource('lieux').getClusterExpansionZoom(f.properties.cluster_id);
      carte.easeTo({ center: f.geometry.coordinates, zoom });
    });
    carte.on('click', 'lieux', (e) => popupLieu(maplibre, carte, e.features[0]));
    for (const couche of ['grappes', 'lieux']) {
      carte.on('mouseenter', couche, () => {
        carte.getCanvas().style.cursor = 'pointer';
      });
      carte.on('mouseleave', couche, () => {
        carte.getCanvas().style.cursor = '';
      });
    }
  });
  carte
    .getCanvas()
    .setAttribute('aria-label', `Carte de ${points.length} lieux ; la liste des résultats suit la carte.`);
}

if (conteneur) demarrer();
