export function ErrorPage({ status, title, message }: { status: number; title: string; message: string }) {
  return (
    <div class="fr-my-7w fr-mt-md-12w fr-mb-md-10w fr-grid-row fr-grid-row--gutters fr-grid-row--middle fr-grid-row--center">
      <div class="fr-py-0 fr-col-12 fr-col-md-6">
        <h1>{title}</h1>
        <p class="fr-text--sm fr-mb-3w">Erreur {status}</p>
        <p class="fr-text--lead fr-mb-3w">{message}</p>
        <ul class="fr-btns-group fr-btns-group--inline-md">
          <li>
            <a class="fr-btn" href="/">
              Page d’accueil
            </a>
          </li>
          <li>
            <a class="fr-btn fr-btn--secondary" href="/plan-du-site">
              Plan du site
            </a>
          </li>
        </ul>
      </div>
    </div>
  );
}

export const ERRORS = {
  403: {
    title: 'Accès refusé',
    message:
      'Votre rôle actuel ne permet pas d’accéder à cette page. Si vous avez plusieurs rôles, changez de rôle depuis l’en-tête ; sinon, contactez votre administrateur.',
  },
  404: {
    title: 'Page non trouvée',
    message:
      'La page que vous cherchez est introuvable. Vérifiez l’adresse saisie ou revenez à la page d’accueil. Si vous avez suivi un lien, il est peut-être périmé.',
  },
  500: {
    title: 'Erreur inattendue',
    message:
      'Désolé, le service rencontre un problème. Aucune donnée n’a été enregistrée pour cette action. Réessayez dans quelques instants.',
  },
} as const;

/** The one "page not found" page: unknown address, or a resource that does not exist or is out of reach. */
export function PagePasTrouvee() {
  return <ErrorPage status={404} {...ERRORS[404]} />;
}
