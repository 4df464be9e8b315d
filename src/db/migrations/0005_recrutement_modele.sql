CREATE TABLE "avis_prefecture" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"candidature_id" uuid NOT NULL,
	"departement_code" text NOT NULL,
	"avis" text NOT NULL,
	"commentaire" text NOT NULL,
	"rang_priorite" integer,
	"en_retard" boolean DEFAULT false NOT NULL,
	"auteur_id" uuid,
	"donne_le" timestamp with time zone DEFAULT now() NOT NULL,
	"modifie_le" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "candidats" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"utilisateur_id" uuid,
	"prenom" text,
	"nom" text,
	"email" text,
	"telephone" text,
	"commune_code" text,
	"code_postal" text,
	"departement_code" text NOT NULL,
	"latitude" double precision,
	"longitude" double precision,
	"rayon_mobilite_km" integer,
	"date_disponibilite" date NOT NULL,
	"situations" text[] NOT NULL,
	"diplome" boolean DEFAULT false NOT NULL,
	"diplome_nom" text,
	"experience" text,
	"motivation" text,
	"niveau_pix" integer,
	"statut" text DEFAULT 'actif' NOT NULL,
	"consentement_le" timestamp with time zone,
	"cree_le" timestamp with time zone DEFAULT now() NOT NULL,
	"modifie_le" timestamp with time zone DEFAULT now() NOT NULL,
	"efface_le" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "candidatures_structures" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"structure_id" uuid NOT NULL,
	"statut" text DEFAULT 'CREEE' NOT NULL,
	"postes_demandes" integer NOT NULL,
	"date_debut_souhaitee" date,
	"motivation" text,
	"contact_prenom" text,
	"contact_nom" text,
	"contact_fonction" text,
	"contact_email" text,
	"contact_telephone" text,
	"reference_import" text,
	"cree_le" timestamp with time zone DEFAULT now() NOT NULL,
	"modifie_le" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "contrats" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"mise_en_relation_id" uuid NOT NULL,
	"type" text NOT NULL,
	"date_debut" date NOT NULL,
	"date_fin" date,
	"heures_hebdo" real NOT NULL,
	"motif_rupture" text,
	"date_rupture" date,
	"cree_le" timestamp with time zone DEFAULT now() NOT NULL,
	"modifie_le" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "conventions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"numero" text NOT NULL,
	"candidature_id" uuid NOT NULL,
	"decision_id" uuid NOT NULL,
	"postes" integer NOT NULL,
	"financement_par_poste_eur" integer NOT NULL,
	"montant_eur" bigint NOT NULL,
	"duree_mois" integer NOT NULL,
	"statut" text DEFAULT 'A_SIGNER' NOT NULL,
	"fichier_id" uuid,
	"fichier_signe_id" uuid,
	"signee_le" timestamp with time zone,
	"resiliee_le" timestamp with time zone,
	"motif_resiliation" text,
	"cree_le" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "conventions_numero_unique" UNIQUE("numero")
);
--> statement-breakpoint
CREATE TABLE "decisions_coselec" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"session_id" uuid NOT NULL,
	"candidature_id" uuid NOT NULL,
	"nature" text NOT NULL,
	"avis" text NOT NULL,
	"postes" integer NOT NULL,
	"financement_par_poste_eur" integer NOT NULL,
	"montant_eur" bigint NOT NULL,
	"commentaire" text,
	"decide_par" uuid,
	"cree_le" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "fichiers_recrutement" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"nom" text NOT NULL,
	"type_mime" text NOT NULL,
	"taille" integer NOT NULL,
	"sha256" text NOT NULL,
	"contenu" "bytea" NOT NULL,
	"cree_le" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "formations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"mise_en_relation_id" uuid NOT NULL,
	"organisme" text NOT NULL,
	"date_debut" date NOT NULL,
	"date_fin" date,
	"certification" text DEFAULT 'en_cours' NOT NULL,
	"modifie_le" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "jalons_programme" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"programme_id" text NOT NULL,
	"code" text NOT NULL,
	"libelle" text NOT NULL,
	"date" date NOT NULL,
	"indicateur" text,
	"cible" integer
);
--> statement-breakpoint
CREATE TABLE "mises_en_relation" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"structure_id" uuid NOT NULL,
	"candidat_id" uuid NOT NULL,
	"distance_km" real,
	"statut" text DEFAULT 'nouvelle' NOT NULL,
	"origine" text DEFAULT 'automatique' NOT NULL,
	"cree_le" timestamp with time zone DEFAULT now() NOT NULL,
	"modifie_le" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "parametres_programme" (
	"id" text PRIMARY KEY NOT NULL,
	"postes_cibles" integer NOT NULL,
	"financement_public_eur" integer NOT NULL,
	"financement_prive_eur" integer NOT NULL,
	"enveloppe_eur" bigint NOT NULL,
	"durees_contrat_mois" integer[] NOT NULL,
	"modifie_le" timestamp with time zone DEFAULT now() NOT NULL,
	"modifie_par" uuid
);
--> statement-breakpoint
CREATE TABLE "sessions_coselec" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"numero" integer NOT NULL,
	"date" date NOT NULL,
	"cree_le" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "sessions_coselec_numero_unique" UNIQUE("numero")
);
--> statement-breakpoint
ALTER TABLE "structures" ADD COLUMN "code_postal" text;--> statement-breakpoint
ALTER TABLE "structures" ADD COLUMN "qpv" text;--> statement-breakpoint
ALTER TABLE "structures" ADD COLUMN "zrr" boolean;--> statement-breakpoint
ALTER TABLE "structures" ADD COLUMN "france_services" boolean;--> statement-breakpoint
ALTER TABLE "structures" ADD COLUMN "reseau_national" text;--> statement-breakpoint
ALTER TABLE "avis_prefecture" ADD CONSTRAINT "avis_prefecture_candidature_id_candidatures_structures_id_fk" FOREIGN KEY ("candidature_id") REFERENCES "public"."candidatures_structures"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "avis_prefecture" ADD CONSTRAINT "avis_prefecture_departement_code_departements_code_fk" FOREIGN KEY ("departement_code") REFERENCES "public"."departements"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "avis_prefecture" ADD CONSTRAINT "avis_prefecture_auteur_id_utilisateurs_id_fk" FOREIGN KEY ("auteur_id") REFERENCES "public"."utilisateurs"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "candidats" ADD CONSTRAINT "candidats_utilisateur_id_utilisateurs_id_fk" FOREIGN KEY ("utilisateur_id") REFERENCES "public"."utilisateurs"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "candidats" ADD CONSTRAINT "candidats_commune_code_communes_code_fk" FOREIGN KEY ("commune_code") REFERENCES "public"."communes"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "candidats" ADD CONSTRAINT "candidats_departement_code_departements_code_fk" FOREIGN KEY ("departement_code") REFERENCES "public"."departements"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "candidatures_structures" ADD CONSTRAINT "candidatures_structures_structure_id_structures_id_fk" FOREIGN KEY ("structure_id") REFERENCES "public"."structures"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contrats" ADD CONSTRAINT "contrats_mise_en_relation_id_mises_en_relation_id_fk" FOREIGN KEY ("mise_en_relation_id") REFERENCES "public"."mises_en_relation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conventions" ADD CONSTRAINT "conventions_candidature_id_candidatures_structures_id_fk" FOREIGN KEY ("candidature_id") REFERENCES "public"."candidatures_structures"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conventions" ADD CONSTRAINT "conventions_decision_id_decisions_coselec_id_fk" FOREIGN KEY ("decision_id") REFERENCES "public"."decisions_coselec"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conventions" ADD CONSTRAINT "conventions_fichier_id_fichiers_recrutement_id_fk" FOREIGN KEY ("fichier_id") REFERENCES "public"."fichiers_recrutement"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conventions" ADD CONSTRAINT "conventions_fichier_signe_id_fichiers_recrutement_id_fk" FOREIGN KEY ("fichier_signe_id") REFERENCES "public"."fichiers_recrutement"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decisions_coselec" ADD CONSTRAINT "decisions_coselec_session_id_sessions_coselec_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."sessions_coselec"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decisions_coselec" ADD CONSTRAINT "decisions_coselec_candidature_id_candidatures_structures_id_fk" FOREIGN KEY ("candidature_id") REFERENCES "public"."candidatures_structures"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decisions_coselec" ADD CONSTRAINT "decisions_coselec_decide_par_utilisateurs_id_fk" FOREIGN KEY ("decide_par") REFERENCES "public"."utilisateurs"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "formations" ADD CONSTRAINT "formations_mise_en_relation_id_mises_en_relation_id_fk" FOREIGN KEY ("mise_en_relation_id") REFERENCES "public"."mises_en_relation"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "jalons_programme" ADD CONSTRAINT "jalons_programme_programme_id_parametres_programme_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."parametres_programme"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mises_en_relation" ADD CONSTRAINT "mises_en_relation_structure_id_structures_id_fk" FOREIGN KEY ("structure_id") REFERENCES "public"."structures"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mises_en_relation" ADD CONSTRAINT "mises_en_relation_candidat_id_candidats_id_fk" FOREIGN KEY ("candidat_id") REFERENCES "public"."candidats"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "parametres_programme" ADD CONSTRAINT "parametres_programme_modifie_par_utilisateurs_id_fk" FOREIGN KEY ("modifie_par") REFERENCES "public"."utilisateurs"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "avis_prefecture_candidature_unique" ON "avis_prefecture" USING btree ("candidature_id");--> statement-breakpoint
CREATE INDEX "avis_prefecture_departement_idx" ON "avis_prefecture" USING btree ("departement_code");--> statement-breakpoint
CREATE UNIQUE INDEX "candidats_utilisateur_unique" ON "candidats" USING btree ("utilisateur_id");--> statement-breakpoint
CREATE INDEX "candidats_departement_idx" ON "candidats" USING btree ("departement_code","statut");--> statement-breakpoint
CREATE UNIQUE INDEX "candidatures_structures_active_unique" ON "candidatures_structures" USING btree ("structure_id") WHERE "candidatures_structures"."statut" not in ('ABANDON', 'ANNULEE', 'DOUBLON');--> statement-breakpoint
CREATE UNIQUE INDEX "candidatures_structures_import_unique" ON "candidatures_structures" USING btree ("reference_import");--> statement-breakpoint
CREATE INDEX "candidatures_structures_statut_idx" ON "candidatures_structures" USING btree ("statut");--> statement-breakpoint
CREATE UNIQUE INDEX "contrats_mise_en_relation_unique" ON "contrats" USING btree ("mise_en_relation_id");--> statement-breakpoint
CREATE UNIQUE INDEX "conventions_decision_unique" ON "conventions" USING btree ("decision_id");--> statement-breakpoint
CREATE INDEX "conventions_candidature_idx" ON "conventions" USING btree ("candidature_id");--> statement-breakpoint
CREATE INDEX "decisions_coselec_candidature_idx" ON "decisions_coselec" USING btree ("candidature_id");--> statement-breakpoint
CREATE INDEX "decisions_coselec_session_idx" ON "decisions_coselec" USING btree ("session_id");--> statement-breakpoint
CREATE UNIQUE INDEX "formations_mise_en_relation_unique" ON "formations" USING btree ("mise_en_relation_id");--> statement-breakpoint
CREATE UNIQUE INDEX "jalons_programme_code_unique" ON "jalons_programme" USING btree ("programme_id","code");--> statement-breakpoint
CREATE UNIQUE INDEX "mises_en_relation_unique" ON "mises_en_relation" USING btree ("structure_id","candidat_id");--> statement-breakpoint
CREATE INDEX "mises_en_relation_candidat_idx" ON "mises_en_relation" USING btree ("candidat_id","statut");--> statement-breakpoint
CREATE INDEX "mises_en_relation_structure_idx" ON "mises_en_relation" USING btree ("structure_id","statut");