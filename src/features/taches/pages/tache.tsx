import { Alerte } from '../../../ui/components/alerte.tsx';
import { AvancementTache } from '../../../ui/components/avancement-tache.tsx';
import { Badge } from '../../../ui/components/badge.tsx';
import type { VueTache } from '../presenter.ts';

/** The page that follows a background task the person launched (duplicate search, matching…). */
export function TachePage({ vue }: { vue: VueTache }) {
  const base = `/taches/${vue.id}`;
  return (
    <>
      <h1>{vue.titre}</h1>
      <p>
        <Badge ton={vue.tonStatut}>{vue.libelleStatut}</Badge>
      </p>
      {vue.enCours ? (
        <>
          <p>
            Le travail s’exécute sur le serveur, par petites étapes : la plateforme reste disponible. Vous
            pouvez quitter cette page, il continue.
          </p>
          <AvancementTache
            id="avancement-tache"
            libelle="Avancement"
            fait={vue.fait}
            total={vue.total}
            etape={vue.etape}
            etatUrl={`${base}/etat`}
            pageUrl={base}
          />
        </>
      ) : vue.tonStatut === 'success' ? (
        <Alerte type="success" titre="Terminé" role="status">
          {vue.message}
        </Alerte>
      ) : (
        <Alerte type="error" titre="Arrêtée avant la fin" role="alert">
          {vue.message ?? 'La tâche s’est arrêtée avant la fin.'} Relancez-la depuis la page d’où vous l’aviez
          lancée.
        </Alerte>
      )}
      {vue.retour ? (
        <p>
          <a class="fr-link" href={vue.retour.href}>
            {vue.retour.libelle}
          </a>
        </p>
      ) : null}
    </>
  );
}
