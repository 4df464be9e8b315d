import { CsrfField } from '../../../../ui/components/form.tsx';

/** After a registration: the same page whether the person was registered before or not. */
export function InscriptionRecuePage(p: {
  titre: string;
  atelierId: string;
  reponse: 'confirmee' | 'attente';
}) {
  return (
    <>
      <h1>{p.reponse === 'confirmee' ? 'Inscription enregistrée' : 'Inscription sur la liste d’attente'}</h1>
      <div class={`fr-alert fr-alert--${p.reponse === 'confirmee' ? 'success' : 'info'} fr-mb-3w`}>
        <p>
          {p.reponse === 'confirmee'
            ? `Votre place est réservée pour l’atelier « ${p.titre} ».`
            : `L’atelier « ${p.titre} » est complet : vous êtes sur la liste d’attente. Si une place se libère, elle vous est attribuée automatiquement.`}
        </p>
      </div>
      <p>
        Si vous avez donné une adresse électronique, vous recevez un message de confirmation avec l’invitation
        à ajouter à votre agenda et le lien pour annuler votre inscription.
      </p>
      <p>
        <a href={`/ateliers/${p.atelierId}`}>Revenir à la page de l’atelier</a> ·{' '}
        <a href="/ateliers">Voir les autres ateliers</a>
      </p>
    </>
  );
}

/** The cancellation link's page: a confirmation button (a link alone never cancels). */
export function AnnulationPage(p: {
  jeton: string;
  csrfToken: string;
  titre: string;
  quand: string;
  prenom: string;
}) {
  return (
    <>
      <h1>Annuler votre inscription</h1>
      <p>
        {p.prenom}, vous êtes inscrit à l’atelier « {p.titre} », {p.quand}.
      </p>
      <form method="post" action="/ateliers/inscription/annuler">
        <CsrfField token={p.csrfToken} />
        <input type="hidden" name="jeton" value={p.jeton} />
        <button class="fr-btn" type="submit">
          Annuler mon inscription
        </button>
      </form>
    </>
  );
}

/** A message page (link refused, cancellation done). */
export function MessagePage(p: { titre: string; message: string; type: 'success' | 'error' | 'info' }) {
  return (
    <>
      <h1>{p.titre}</h1>
      <div class={`fr-alert fr-alert--${p.type} fr-mb-3w`}>
        <p>{p.message}</p>
      </div>
      <p>
        <a href="/ateliers">Voir l’agenda des ateliers</a>
      </p>
    </>
  );
}
