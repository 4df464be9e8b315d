import { Badge } from '../../../../ui/components/badge.tsx';
import { fieldId } from '../../../../ui/components/form.tsx';
import type { ConventionVue } from '../../presenters/structure.ts';

/** The structure's funding conventions: download, sign (upload the signed PDF). */
export function StructureConventionsPage(props: {
  csrf: string;
  structure: string;
  conventions: ConventionVue[];
  engage: string;
  erreur?: { conventionId: string; message: string } | undefined;
}) {
  return (
    <>
      <h1>Conventions de financement</h1>
      <p>
        Chaque décision positive du comité de sélection donne lieu à une convention entre l’État et «{' '}
        {props.structure} ». Téléchargez-la, faites-la signer, puis déposez la version signée (PDF) : l’ANCT
        la vérifie avant de la compter comme signée.
      </p>
      <p>
        Montant total engagé : <strong>{props.engage}</strong>
      </p>
      {props.conventions.length === 0 ? (
        <p>
          Aucune convention pour le moment : elle sera disponible après la décision du comité de sélection.
        </p>
      ) : (
        props.conventions.map((c) => {
          const erreur = props.erreur?.conventionId === c.id ? props.erreur.message : undefined;
          const champ = fieldId(`fichier-${c.id}`);
          return (
            <section class="fr-card fr-card--no-arrow fr-mb-3w" aria-labelledby={`titre-${c.id}`}>
              <div class="fr-card__body">
                <div class="fr-card__content">
                  <h2 class="fr-card__title fr-h5" id={`titre-${c.id}`}>
                    Convention {c.numero}
                  </h2>
                  <div class="fr-card__desc">
                    <p>
                      <Badge ton={c.statut.ton}>{c.statut.libelle}</Badge>
                    </p>
                    <p>
                      {c.postes} poste(s) — {c.montant} — {c.duree}
                      {c.signeeLe ? ` — signature validée le ${c.signeeLe}` : ''}
                    </p>
                    {c.aVerifier ? (
                      <p>
                        Version signée déposée le {c.deposeeLe} : l’ANCT la vérifie. La convention comptera
                        comme signée une fois la signature validée.
                      </p>
                    ) : null}
                    {c.motifRenvoi ? (
                      <div class="fr-alert fr-alert--warning fr-alert--sm fr-mb-2w">
                        <p>
                          L’ANCT vous a renvoyé la version signée : « {c.motifRenvoi} ». Déposez une nouvelle
                          version signée.
                        </p>
                      </div>
                    ) : null}
                    <ul class="fr-btns-group fr-btns-group--inline-sm fr-btns-group--icon-left">
                      <li>
                        <a
                          class="fr-btn fr-btn--secondary fr-icon-download-line"
                          href={`/recrutement/conventions/${c.id}/pdf`}
                          download
                        >
                          Télécharger la convention {c.numero} (PDF)
                        </a>
                      </li>
                      {c.signeeDeposee ? (
                        <li>
                          <a
                            class="fr-btn fr-btn--tertiary fr-icon-download-line"
                            href={`/recrutement/conventions/${c.id}/pdf?version=signee`}
                            download
                          >
                            Télécharger la version signée
                          </a>
                        </li>
                      ) : null}
                    </ul>
                    {c.aSigner ? (
                      <form
                        method="post"
                        action={`/structure/conventions/${c.id}/signee`}
                        enctype="multipart/form-data"
                      >
                        <input type="hidden" name="_csrf" value={props.csrf} />
                        <div class={`fr-upload-group${erreur ? ' fr-upload-group--error' : ''}`}>
                          <label class="fr-label" for={champ}>
                            Convention signée
                            <span class="fr-hint-text">Format PDF, 10 Mo au plus.</span>
                          </label>
                          <input
                            class="fr-upload"
                            type="file"
                            id={champ}
                            name="fichier"
                            accept="application/pdf,.pdf"
                            aria-describedby={erreur ? `${champ}-erreur` : undefined}
                          />
                          {erreur ? (
                            <p class="fr-error-text" id={`${champ}-erreur`}>
                              {erreur}
                            </p>
                          ) : null}
                        </div>
                        <button type="submit" class="fr-btn fr-btn--sm fr-mt-2w">
                          Déposer la convention signée
                        </button>
                      </form>
                    ) : null}
                  </div>
                </div>
              </div>
            </section>
          );
        })
      )}
    </>
  );
}
