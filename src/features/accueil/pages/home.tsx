export interface HomeAudience {
  title: string;
  text: string;
  href: string;
  cta: string;
}

const AUDIENCES: HomeAudience[] = [
  {
    title: 'Vous cherchez de l’aide avec le numérique',
    text: 'Trouvez un lieu près de chez vous pour vous faire accompagner dans vos démarches en ligne, gratuitement le plus souvent.',
    href: '/lieux',
    cta: 'Trouver un lieu',
  },
  {
    title: 'Vous voulez devenir conseiller numérique',
    text: 'Déposez votre candidature : des structures près de chez vous recrutent et l’État finance votre formation.',
    href: '/candidature',
    cta: 'Candidater',
  },
  {
    title: 'Votre structure veut accueillir un conseiller',
    text: 'Collectivités, associations, entreprises de l’ESS : demandez un poste financé par l’État.',
    href: '/structures/candidature',
    cta: 'Déposer une demande',
  },
  {
    title: 'Vous êtes agent de l’État ou d’une structure',
    text: 'Préfectures, ANCT, structures, conseillers et aidants : connectez-vous à votre espace.',
    href: '/connexion',
    cta: 'Se connecter',
  },
];

/** The public progress page of the recruitment programme (open data). */
const AVANCEMENT = '/recrutement/avancement';

/** `available` tells which entries already lead somewhere; the others are announced, not linked. */
export function HomePage({ available }: { available: (href: string) => boolean }) {
  return (
    <>
      <h1>Maillage, le numérique accessible à toutes et à tous</h1>
      <p class="fr-text--lead">
        Maillage réunit le programme national d’inclusion numérique : le recrutement des conseillers
        numériques et les lieux de médiation numérique. Aidants Connect et le pilotage du maillage de chaque
        territoire arrivent prochainement.
      </p>
      <div class="fr-grid-row fr-grid-row--gutters fr-mt-4w">
        {AUDIENCES.map((a) => {
          const open = available(a.href);
          return (
            <div class="fr-col-12 fr-col-md-6">
              <div class={`fr-card${open ? ' fr-enlarge-link' : ''}`}>
                <div class="fr-card__body">
                  <div class="fr-card__content">
                    <h2 class="fr-card__title">{open ? <a href={a.href}>{a.title}</a> : a.title}</h2>
                    <p class="fr-card__desc">{a.text}</p>
                  </div>
                  <div class="fr-card__footer">
                    <p class="fr-tag">{open ? a.cta : `${a.cta} : bientôt disponible`}</p>
                  </div>
                </div>
              </div>
            </div>
          );
        })}
      </div>
      {available(AVANCEMENT) ? (
        <section class="fr-callout fr-mt-4w" aria-labelledby="titre-avancement">
          <h2 id="titre-avancement" class="fr-callout__title">
            Où en est le programme des conseillers numériques ?
          </h2>
          <p class="fr-callout__text">
            Postes attribués, conseillers recrutés et en poste, mois par mois et par département, avec la
            définition de chaque chiffre.
          </p>
          <a class="fr-btn fr-btn--secondary" href={AVANCEMENT}>
            Voir l’état d’avancement
          </a>
        </section>
      ) : null}
    </>
  );
}
