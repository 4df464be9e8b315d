import { CsrfField } from '../../../../ui/components/form.tsx';

/** Confirmation before erasing a person's data at their request. */
export function EffacerBeneficiairePage(p: { id: string; nom: string; csrfToken: string }) {
  return (
    <>
      <h1>Effacer les données de {p.nom}</h1>
      <p>À la demande de la personne, ses données nominatives sont effacées définitivement :</p>
      <ul>
        <li>prénom et nom, téléphone, adresse électronique, année de naissance, notes.</li>
      </ul>
      <p>
        Son profil statistique (genre, tranche d’âge, statut, commune) et ses accompagnements sont conservés
        sans son nom, pour que les statistiques déjà établies ne changent pas. Elle n’apparaîtra plus dans vos
        bénéficiaires. Pensez à exporter ses données d’abord si elle les demande.
      </p>
      <form method="post" action={`/activite/beneficiaires/${p.id}/effacer`}>
        <CsrfField token={p.csrfToken} />
        <ul class="fr-btns-group fr-btns-group--inline-md">
          <li>
            <button type="submit" class="fr-btn">
              Effacer définitivement
            </button>
          </li>
          <li>
            <a class="fr-btn fr-btn--secondary" href={`/activite/beneficiaires/${p.id}`}>
              Annuler
            </a>
          </li>
        </ul>
      </form>
    </>
  );
}
