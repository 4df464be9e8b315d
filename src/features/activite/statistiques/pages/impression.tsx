import { DSFR_BASE } from '../../../../ui/assets.ts';
import type { FiltreDecrit, VueStatistiques } from '../presenter.ts';
import { SectionsStatistiques } from './sections.tsx';
import { NoteSecret } from './statistiques.tsx';

/** The print view: a bare document (no header, navigation or footer), the filters, tables only. */
export function PageImpression(p: {
  titre: string;
  vue: VueStatistiques;
  filtres: FiltreDecrit[];
  retour: string;
  secret?: boolean;
}) {
  return (
    <html lang="fr" data-fr-scheme="light">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${p.titre} — version imprimable — Maillage`}</title>
        <link rel="stylesheet" href={`${DSFR_BASE}/dsfr.min.css`} />
      </head>
      <body>
        <main class="fr-container fr-py-4w" id="contenu">
          <h1>{p.titre}</h1>
          <p class="fr-no-print">
            <a class="fr-link" href={p.retour}>
              Retour aux statistiques
            </a>
          </p>
          <ul class="fr-raw-list fr-mb-4w">
            {p.filtres.map((f) => (
              <li class="fr-mb-1v">
                <strong>{f.libelle} :</strong> {f.valeur}
              </li>
            ))}
          </ul>
          {p.secret ? <NoteSecret /> : null}
          <SectionsStatistiques vue={p.vue} graphiques={false} />
        </main>
      </body>
    </html>
  );
}
