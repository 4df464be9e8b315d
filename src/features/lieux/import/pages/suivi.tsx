import { Alerte } from '../../../../ui/components/alerte.tsx';
import { AvancementTache } from '../../../../ui/components/avancement-tache.tsx';
import { Badge } from '../../../../ui/components/badge.tsx';
import { CsrfField } from '../../../../ui/components/form.tsx';
import type { VueSuiviImport } from '../presenter-suivi.ts';

/** An import that has not produced its report yet: waiting, running, stopped or undone. */
export function SuiviImportPage({ vue, csrf }: { vue: VueSuiviImport; csrf: string }) {
  const base = `/admin/lieux/import/${vue.id}`;
  return (
    <>
      <h1>
        {vue.simulation ? 'Simulation d’import' : 'Import'} de « {vue.fichier} »
      </h1>
      <p>
        Source « {vue.source} », format {vue.format}, demandé le {vue.date}.{' '}
        <Badge ton={vue.tonStatut}>{vue.libelleStatut}</Badge>
      </p>
      {vue.enCours ? (
        <>
          <p>
            L’import s’exécute sur le serveur, par lots : la plateforme reste disponible pendant ce temps.
            Vous pouvez quitter cette page, il continue ; son rapport s’affichera ici.
          </p>
          <AvancementTache
            id="avancement-import"
            libelle="Avancement de l’import"
            fait={vue.fait}
            total={vue.total}
            etape={vue.etape}
            etatUrl={`${base}/etat`}
            pageUrl={base}
          />
        </>
      ) : null}
      {vue.arrete ? (
        <>
          <Alerte
            type="error"
            titre={vue.statut === 'interrompu' ? 'Import interrompu' : 'Import en échec'}
            role="alert"
          >
            {vue.erreur ?? 'L’import s’est arrêté avant la fin.'} Les lieux déjà écrits sont dans le registre.
          </Alerte>
          <p>
            <strong>Reprendre</strong> relit le fichier conservé : les lignes déjà écrites sont reconnues et
            comptées inchangées. <strong>Annuler</strong> retire du registre les lieux que cet import a créés
            ; les lieux existants qu’il a déjà mis à jour gardent leurs nouvelles valeurs.
          </p>
          <ul class="fr-btns-group fr-btns-group--inline-md">
            <li>
              <form method="post" action={`${base}/reprendre`}>
                <CsrfField token={csrf} />
                <button type="submit" class="fr-btn">
                  Reprendre l’import
                </button>
              </form>
            </li>
            <li>
              <form method="post" action={`${base}/annuler`}>
                <CsrfField token={csrf} />
                <button type="submit" class="fr-btn fr-btn--secondary">
                  Annuler l’import
                </button>
              </form>
            </li>
          </ul>
        </>
      ) : null}
      {vue.statut === 'annule' ? (
        <Alerte type="info" titre="Import annulé">
          Les lieux créés par cet import ont été retirés du registre. Envoyez le fichier à nouveau pour le
          relancer.
        </Alerte>
      ) : null}
      <p>
        <a class="fr-link" href="/admin/lieux/import">
          Retour aux imports
        </a>
      </p>
    </>
  );
}
