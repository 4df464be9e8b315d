/** The documented open-data export of the registry, in the national standard (issue 8, defect 11). */
export function DonneesOuvertes() {
  return (
    <section class="fr-mt-6w" aria-labelledby="titre-donnees-ouvertes">
      <h2 id="titre-donnees-ouvertes" class="fr-h5">
        Données ouvertes
      </h2>
      <p>Tous les lieux du registre, au standard national des lieux de médiation numérique (v1.0.2) :</p>
      <ul>
        <li>
          <a class="fr-link fr-link--download" href="/api/v1/lieux.csv" download>
            Télécharger les lieux (CSV)
          </a>
        </li>
        <li>
          <a class="fr-link fr-link--download" href="/api/v1/lieux.json" download>
            Télécharger les lieux (JSON du standard)
          </a>
        </li>
        <li>
          <a class="fr-link fr-link--download" href="/api/v1/lieux.geojson" download>
            Télécharger les lieux géolocalisés (GeoJSON)
          </a>
        </li>
      </ul>
    </section>
  );
}
