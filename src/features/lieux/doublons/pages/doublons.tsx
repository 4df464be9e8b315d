import { CsrfField, fieldId } from '../../../../ui/components/form.tsx';
import { Pagination } from '../../../../ui/components/pagination.tsx';
import { ElementSection } from '../../../../ui/components/section-formulaire.tsx';

export interface LieuAffiche {
  id: string;
  nom: string;
  adresse: string;
  commune: string;
  pivot: string;
  dateMaj: string;
  telephone: string | null;
  services: string[];
  sources: string[];
  gere: boolean;
}

export interface PaireAffichee {
  id: string;
  motif: string;
  distance: string;
  similarite: string;
  a: LieuAffiche;
  b: LieuAffiche;
}

function Fiche({ lieu, titre }: { lieu: LieuAffiche; titre: string }) {
  return (
    <div class="fr-col-12 fr-col-md-6">
      <h3 class="fr-h6 fr-mb-1w">
        {titre} : {lieu.nom}
      </h3>
      <ul class="fr-text--sm">
        <li>
          {lieu.adresse}, {lieu.commune}
        </li>
        <li>SIRET ou RNA : {lieu.pivot}</li>
        <li>Sources : {lieu.sources.length > 0 ? lieu.sources.join(', ') : 'saisi dans Maillage'}</li>
        <li>Mis à jour le {lieu.dateMaj}</li>
        <li>Téléphone : {lieu.telephone ?? 'non renseigné'}</li>
        <li>{lieu.services.length} service(s) renseigné(s)</li>
        {lieu.gere ? <li>Géré par une structure dans Maillage</li> : null}
      </ul>
    </div>
  );
}

export function DoublonsPage(props: {
  csrf: string;
  paires: PaireAffichee[];
  total: number;
  page: number;
  pages: number;
  departement: string;
  href: (page: number) => string;
}) {
  return (
    <div class="fr-container fr-my-6w">
      <h1>Doublons probables entre sources</h1>
      <p>
        Deux lieux de sources différentes sont proposés quand ils ont le même SIRET à moins de 500 m, ou un
        nom très proche à moins de 200 m. Fusionner garde un des deux lieux et lui rattache toutes les
        provenances de l’autre, qui disparaît de la recherche et des exports.
      </p>
      <form method="get" action="/admin/lieux/doublons" class="fr-mb-3w">
        <div class="fr-input-group">
          <label class="fr-label" for="champ-departement">
            Département
            <span class="fr-hint-text">Code du département (02, 2A, 974…) ; vide pour toute la France.</span>
          </label>
          <input
            class="fr-input"
            id="champ-departement"
            name="departement"
            value={props.departement}
            maxLength={3}
          />
        </div>
        <button class="fr-btn fr-btn--secondary" type="submit">
          Filtrer
        </button>
      </form>
      <form method="post" action="/admin/lieux/doublons/detection" class="fr-mb-4w">
        <CsrfField token={props.csrf} />
        <button class="fr-btn fr-btn--tertiary" type="submit">
          Relancer la détection sur tout le registre
        </button>
      </form>
      <p role="status">
        {props.total === 0 ? 'Aucun doublon probable à traiter.' : `${props.total} paire(s) à traiter.`}
      </p>
      {props.paires.map((p, i) => {
        const titre = `doublon-${p.id}`;
        return (
          <section class="fr-card fr-card--no-arrow fr-p-3w fr-mb-3w" aria-labelledby={titre}>
            <h2 class="fr-h5" id={titre}>
              Paire {(props.page - 1) * 20 + i + 1} :{' '}
              {p.motif === 'pivot' ? 'même SIRET ou RNA' : `noms proches (similarité ${p.similarite})`}, à{' '}
              {p.distance}
            </h2>
            <div class="fr-grid-row fr-grid-row--gutters">
              <Fiche lieu={p.a} titre="Lieu A" />
              <Fiche lieu={p.b} titre="Lieu B" />
            </div>
            <form method="post" action={`/admin/lieux/doublons/${p.id}/fusion`} class="fr-mt-2w">
              <CsrfField token={props.csrf} />
              <fieldset class="fr-fieldset" id={fieldId(`conserver-${p.id}`)}>
                <legend class="fr-fieldset__legend fr-text--regular">Lieu à garder</legend>
                {[
                  ['A', p.a],
                  ['B', p.b],
                ].map(([lettre, lieu]) => {
                  const l = lieu as LieuAffiche;
                  const id = fieldId(`conserver-${p.id}-${lettre}`);
                  return (
                    <ElementSection inline>
                      <div class="fr-radio-group">
                        <input type="radio" id={id} name="conserver" value={l.id} checked={lettre === 'A'} />
                        <label class="fr-label" for={id}>
                          Garder le lieu {lettre as string} ({l.nom})
                        </label>
                      </div>
                    </ElementSection>
                  );
                })}
              </fieldset>
              <button class="fr-btn" type="submit">
                Fusionner
              </button>
            </form>
            <form method="post" action={`/admin/lieux/doublons/${p.id}/ecarter`} class="fr-mt-1w">
              <CsrfField token={props.csrf} />
              <button class="fr-btn fr-btn--secondary" type="submit">
                Ce sont deux lieux différents
              </button>
            </form>
          </section>
        );
      })}
      <Pagination page={props.page} pages={props.pages} href={props.href} />
    </div>
  );
}
