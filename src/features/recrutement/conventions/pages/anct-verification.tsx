import { Badge } from '../../../../ui/components/badge.tsx';
import { CsrfField, ErrorSummary, Textarea } from '../../../../ui/components/form.tsx';
import type { StatutVue } from '../../presenters/statuts.ts';

export interface ConventionAVerifierVue {
  id: string;
  numero: string;
  structure: string;
  candidatureId: string;
  departement: string;
  statut: StatutVue;
  postes: string;
  montant: string;
  duree: string;
  deposeeLe: string | null;
  signeeLe: string | null;
  motifRenvoi: string | null;
  aVerifier: boolean;
  signeeDeposee: boolean;
}

/** One convention under ANCT's review: both PDFs, validate the signature or send it back with a reason. */
export function VerificationConventionPage(props: {
  csrf: string;
  convention: ConventionAVerifierVue;
  erreur?: string | undefined;
  motif?: string | undefined;
}) {
  const c = props.convention;
  return (
    <>
      <h1>Convention {c.numero}</h1>
      <p>
        <Badge ton={c.statut.ton}>{c.statut.libelle}</Badge>
      </p>
      <ul>
        <li>
          Structure : <a href={`/recrutement/candidatures/${c.candidatureId}`}>{c.structure}</a> (
          {c.departement})
        </li>
        <li>
          {c.postes} poste(s), {c.montant}, {c.duree}
        </li>
        {c.deposeeLe ? <li>Version signée déposée le {c.deposeeLe}</li> : null}
        {c.signeeLe ? <li>Signature validée le {c.signeeLe}</li> : null}
        {c.motifRenvoi ? <li>Dernier renvoi : « {c.motifRenvoi} »</li> : null}
      </ul>
      <ul class="fr-btns-group fr-btns-group--inline-sm fr-btns-group--icon-left">
        <li>
          <a
            class="fr-btn fr-btn--secondary fr-icon-download-line"
            href={`/recrutement/conventions/${c.id}/pdf`}
          >
            Convention émise (PDF)
          </a>
        </li>
        {c.signeeDeposee ? (
          <li>
            <a
              class="fr-btn fr-btn--secondary fr-icon-download-line"
              href={`/recrutement/conventions/${c.id}/pdf?version=signee`}
            >
              Version signée déposée (PDF)
            </a>
          </li>
        ) : null}
      </ul>
      {c.aVerifier ? (
        <>
          <h2>Valider la signature</h2>
          <p>La convention comptera alors comme signée (conventionnée) et la structure en sera informée.</p>
          <form method="post" action={`/anct/conventions/${c.id}/signature`}>
            <CsrfField token={props.csrf} />
            <button type="submit" class="fr-btn">
              Valider la signature
            </button>
          </form>
          <h2 class="fr-mt-4w">Renvoyer à la structure</h2>
          <form method="post" action={`/anct/conventions/${c.id}/renvoi`} noValidate>
            <CsrfField token={props.csrf} />
            {props.erreur ? <ErrorSummary errors={{ motif: props.erreur }} /> : null}
            <Textarea
              name="motif"
              label="Motif du renvoi"
              hint="La structure le lira avant de déposer une nouvelle version signée (10 à 1 000 caractères)."
              maxLength={1000}
              rows={4}
              value={props.motif}
              error={props.erreur}
              required
            />
            <button type="submit" class="fr-btn fr-btn--secondary">
              Renvoyer la convention signée
            </button>
          </form>
        </>
      ) : (
        <p>Aucune signature n’attend de vérification pour cette convention.</p>
      )}
      <p class="fr-mt-4w">
        <a href="/anct/conventions?statut=SIGNATURE_A_VERIFIER">Retour aux signatures à vérifier</a>
      </p>
    </>
  );
}
