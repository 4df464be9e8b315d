/** The information notice a named beneficiary is given (RGPD, articles 13 and 14). */
export function NoticePage({ conservationMois }: { conservationMois: number }) {
  return (
    <>
      <h1>Notice d’information : vos données lors d’un accompagnement numérique</h1>
      <p class="fr-text--lead">
        Votre conseiller numérique peut noter votre nom pour suivre vos accompagnements. C’est facultatif :
        vous pouvez être accompagné sans donner votre nom.
      </p>
      <h2>Ce qui est conservé</h2>
      <ul>
        <li>
          Votre prénom et votre nom ; si vous le souhaitez, votre téléphone, votre adresse électronique et
          votre année de naissance.
        </li>
        <li>
          Pour les statistiques : votre genre, votre tranche d’âge, votre situation et votre commune, si vous
          les indiquez.
        </li>
        <li>
          Pour chaque accompagnement : la date, la durée, les sujets abordés et l’éventuelle orientation.
        </li>
      </ul>
      <h2>Pourquoi</h2>
      <p>
        Pour que votre conseiller retrouve votre historique et vous accompagne dans la durée, et pour établir
        des statistiques anonymes sur la médiation numérique (mission d’intérêt public, article 6.1.e du
        RGPD).
      </p>
      <h2>Qui les voit</h2>
      <p>
        Seul le conseiller qui vous accompagne voit votre nom. Sa structure, la préfecture et l’Agence
        nationale de la cohésion des territoires (ANCT) ne voient que des chiffres, jamais votre nom.
      </p>
      <h2>Combien de temps</h2>
      <p>
        Vos nom et coordonnées sont effacés {conservationMois} mois après votre dernier accompagnement ; il ne
        reste alors que des données statistiques sans lien avec vous.
      </p>
      <h2>Vos droits</h2>
      <p>
        Vous pouvez à tout moment demander à votre conseiller de consulter, corriger ou effacer vos données,
        ou vous opposer à leur conservation : il le fait immédiatement. Vous pouvez aussi écrire au délégué à
        la protection des données de l’ANCT et, si vous n’obtenez pas satisfaction, saisir la CNIL (
        <a href="https://www.cnil.fr/fr/plaintes">cnil.fr/plaintes</a>).
      </p>
    </>
  );
}
