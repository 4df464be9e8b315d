import { joindre } from '../../../../platform/valeurs/typographie.ts';
import { Badge } from '../../../../ui/components/badge.tsx';
import { Radios } from '../../../../ui/components/choix.tsx';
import { Fiche } from '../../../../ui/components/fiche.tsx';
import { CsrfField, ErrorSummary, type FieldErrors, Input, Select } from '../../../../ui/components/form.tsx';
import { ZoneTexte } from '../../../../ui/components/zone-texte.tsx';
import type { Valeurs } from '../../pages/champs-candidature-structure.tsx';
import type { DecisionVue } from '../../presenters/structure.ts';
import { COMMENTAIRE_AVIS_MAX, COMMENTAIRE_AVIS_MIN } from '../domain/avis.ts';
import type { AvisVue, DossierVue } from '../presenter.ts';
import { TableauDecisions } from './structure-candidature.tsx';

export interface EcheanceVue {
  date: string;
  depassee: boolean;
}

export interface FormulaireVue {
  valeurs: Valeurs;
  erreurs: FieldErrors;
  message?: string | undefined;
}

function FormulaireAvis(props: {
  id: string;
  csrf: string;
  echeance: EcheanceVue | null;
  form: FormulaireVue;
}) {
  const { valeurs: v, erreurs: e } = props.form;
  return (
    <section class="fr-mt-4w" aria-labelledby="titre-avis-form">
      <h2 id="titre-avis-form">Avis de la préfecture</h2>
      {props.echeance ? (
        <div
          class={`fr-alert fr-alert--${props.echeance.depassee ? 'warning' : 'info'} fr-alert--sm fr-mb-3w`}
        >
          <p>
            Échéance des avis : {props.echeance.date}.
            {props.echeance.depassee
              ? ' Elle est passée : votre avis reste accepté mais sera signalé comme tardif.'
              : ''}
          </p>
        </div>
      ) : null}
      <ErrorSummary
        errors={e}
        labels={{ avis: 'Avis', commentaire: 'Commentaire', rangPriorite: 'Rang de priorité' }}
      />
      {props.form.message && Object.keys(e).length === 0 ? (
        <div class="fr-alert fr-alert--error fr-mb-3w" role="alert">
          <p>{props.form.message}</p>
        </div>
      ) : null}
      <form method="post" action={`/recrutement/candidatures/${props.id}/avis`} novalidate>
        <CsrfField token={props.csrf} />
        <Radios
          name="avis"
          legend="Votre avis"
          options={[
            { value: 'favorable', label: 'Favorable' },
            { value: 'defavorable', label: 'Défavorable' },
          ]}
          value={v.avis}
          error={e.avis}
          inline
          required
        />
        <ZoneTexte
          name="commentaire"
          label="Commentaire"
          hint="Motivez votre avis pour le comité de sélection."
          value={v.commentaire}
          error={e.commentaire}
          min={COMMENTAIRE_AVIS_MIN}
          max={COMMENTAIRE_AVIS_MAX}
          rows={4}
          required
        />
        <Input
          name="rangPriorite"
          label="Rang de priorité dans le département (facultatif)"
          hint="1 pour la candidature la plus prioritaire."
          type="number"
          inputMode="numeric"
          value={v.rangPriorite}
          error={e.rangPriorite}
          extra={{ min: '1' }}
        />
        <button type="submit" class="fr-btn">
          Enregistrer l’avis
        </button>
      </form>
    </section>
  );
}

function FormulaireDecision(props: {
  id: string;
  csrf: string;
  validee: boolean;
  sessions: { id: string; libelle: string }[];
  durees: number[];
  form: FormulaireVue;
}) {
  const { valeurs: v, erreurs: e } = props.form;
  const choix = props.validee
    ? [
        { value: 'ajout', label: 'Avenant : ajouter des postes' },
        { value: 'retrait', label: 'Avenant : retirer des postes' },
      ]
    : [
        { value: 'positif', label: 'Positif : attribuer des postes' },
        { value: 'negatif', label: 'Négatif' },
        { value: 'examen_complementaire', label: 'Examen complémentaire' },
      ];
  return (
    <section class="fr-mt-4w" aria-labelledby="titre-decision-form">
      <h2 id="titre-decision-form">
        {props.validee ? 'Avenant du comité de sélection' : 'Décision du comité de sélection'}
      </h2>
      {props.form.message ? (
        <div class="fr-alert fr-alert--error fr-mb-3w" role="alert" id="decision-refusee">
          <h3 class="fr-alert__title">Décision refusée</h3>
          <p>{props.form.message}</p>
        </div>
      ) : null}
      {props.sessions.length === 0 ? (
        <p>
          Aucune session du comité n’est ouverte : <a href="/anct/comite">créez d’abord une session</a>.
        </p>
      ) : (
        <form method="post" action={`/recrutement/candidatures/${props.id}/decision`} novalidate>
          <CsrfField token={props.csrf} />
          <Select
            name="sessionId"
            label="Session du comité"
            options={props.sessions.map((s) => ({ value: s.id, label: s.libelle }))}
            value={v.sessionId}
            error={e.sessionId}
          />
          <Radios
            name="choix"
            legend="Décision"
            options={choix}
            value={v.choix}
            error={e.choix ?? e['choix.type']}
          />
          <Input
            name="postes"
            label="Nombre de postes (décision positive ou avenant)"
            type="number"
            inputMode="numeric"
            value={v.postes}
            error={e.postes ?? e['choix.postes']}
            extra={{ min: '1', max: '100' }}
          />
          <Select
            name="dureeMois"
            label="Durée de la convention"
            options={props.durees.map((d) => ({ value: String(d), label: `${d} mois` }))}
            value={v.dureeMois}
            error={e.dureeMois}
          />
          <Input
            name="commentaire"
            label="Commentaire (facultatif)"
            value={v.commentaire}
            error={e.commentaire}
            maxLength={1000}
          />
          <button type="submit" class="fr-btn">
            Enregistrer la décision
          </button>
        </form>
      )}
    </section>
  );
}

/** One application as the préfecture (opinion) and ANCT (decision) see it. */
export function DossierPage(props: {
  csrf: string;
  d: DossierVue;
  avis: AvisVue | null;
  decisions: DecisionVue[];
  echeance: EcheanceVue | null;
  peutDonnerAvis: boolean;
  avisForm: FormulaireVue;
  peutDecider: boolean;
  decisionForm: FormulaireVue;
  sessions: { id: string; libelle: string }[];
  durees: number[];
}) {
  const d = props.d;
  const ouvertAvis = d.code === 'CREEE' || d.code === 'EXAMEN_COMPLEMENTAIRE_COSELEC';
  const ouvertDecision = [
    'CREEE',
    'EXAMEN_COMPLEMENTAIRE_COSELEC',
    'REFUS_COSELEC',
    'VALIDATION_COSELEC',
  ].includes(d.code);
  return (
    <>
      <h1>{d.nom}</h1>
      <p>
        <Badge ton={d.statut.ton}>{d.statut.libelle}</Badge>
      </p>
      <div class="fr-grid-row fr-grid-row--gutters">
        <div class="fr-col-12 fr-col-md-6">
          <h2>La structure</h2>
          <Fiche
            lignes={[
              ['SIRET', d.siret],
              ['Type', d.type],
              ['Adresse', d.adresse],
              ['Quartier prioritaire (QPV)', d.qpv],
              ['Zone de revitalisation rurale (ZRR)', d.zrr],
              ['Label France Services', d.franceServices],
              ['Réseau national', d.reseauNational],
            ]}
          />
        </div>
        <div class="fr-col-12 fr-col-md-6">
          <h2>La demande</h2>
          <Fiche
            lignes={[
              ['Postes demandés', d.postesDemandes],
              ['Postes attribués', d.postesAttribues],
              ['Début de mission souhaité', d.dateDebut],
              ['Contact', joindre([d.contact, d.contactEmail, d.contactTelephone]) || '—'],
              ['Déposée le', d.deposeeLe],
            ]}
          />
        </div>
      </div>
      <h2>Motivation</h2>
      <p class="maillage-texte-libre">{d.motivation || '—'}</p>
      {props.avis ? (
        <div class="fr-callout fr-mt-3w">
          <h2 class="fr-callout__title">
            Avis de la préfecture : {props.avis.avis}
            {props.avis.rang ? ` (rang ${props.avis.rang})` : ''}
          </h2>
          <p class="fr-callout__text maillage-texte-libre">{props.avis.commentaire}</p>
          <p class="fr-text--sm fr-mb-0">
            Donné par {props.avis.auteur} le {props.avis.donneLe}
            {props.avis.enRetard ? ' — ' : ''}
            {props.avis.enRetard ? <Badge ton="warning">Avis tardif</Badge> : null}
          </p>
        </div>
      ) : (
        <p class="fr-mt-3w">La préfecture n’a pas encore donné son avis.</p>
      )}
      <h2 class="fr-mt-4w">Décisions du comité</h2>
      <TableauDecisions decisions={props.decisions} />
      {props.peutDonnerAvis && ouvertAvis ? (
        <FormulaireAvis id={d.id} csrf={props.csrf} echeance={props.echeance} form={props.avisForm} />
      ) : null}
      {props.peutDecider && ouvertDecision ? (
        <FormulaireDecision
          id={d.id}
          csrf={props.csrf}
          validee={d.code === 'VALIDATION_COSELEC'}
          sessions={props.sessions}
          durees={props.durees}
          form={props.decisionForm}
        />
      ) : null}
    </>
  );
}
