CREATE TABLE "lieux" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"pivot" text NOT NULL,
	"nom" text NOT NULL,
	"nom_recherche" text GENERATED ALWAYS AS (immutable_unaccent(lower(nom))) STORED NOT NULL,
	"commune" text NOT NULL,
	"code_postal" text NOT NULL,
	"code_insee" text,
	"departement_code" text,
	"adresse" text NOT NULL,
	"complement_adresse" text,
	"latitude" double precision,
	"longitude" double precision,
	"typologie" text[] DEFAULT '{}' NOT NULL,
	"telephone" text,
	"courriels" text[] DEFAULT '{}' NOT NULL,
	"site_web" text[] DEFAULT '{}' NOT NULL,
	"horaires" text,
	"horaires_analyse" jsonb,
	"presentation_resume" text,
	"presentation_detail" text,
	"source" text,
	"itinerance" text[] DEFAULT '{}' NOT NULL,
	"structure_parente" text,
	"date_maj" date NOT NULL,
	"services" text[] DEFAULT '{}' NOT NULL,
	"publics_specifiquement_adresses" text[] DEFAULT '{}' NOT NULL,
	"prise_en_charge_specifique" text[] DEFAULT '{}' NOT NULL,
	"frais_a_charge" text[] DEFAULT '{}' NOT NULL,
	"dispositif_programmes_nationaux" text[] DEFAULT '{}' NOT NULL,
	"formations_labels" text[] DEFAULT '{}' NOT NULL,
	"autres_formations_labels" text[] DEFAULT '{}' NOT NULL,
	"modalites_acces" text[] DEFAULT '{}' NOT NULL,
	"modalites_accompagnement" text[] DEFAULT '{}' NOT NULL,
	"fiche_acces_libre" text,
	"prise_rdv" text,
	"structure_id" uuid,
	"fusionne_dans" uuid,
	"cree_le" timestamp with time zone DEFAULT now() NOT NULL,
	"modifie_le" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "lieux_doublons" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"lieu_a_id" uuid NOT NULL,
	"lieu_b_id" uuid NOT NULL,
	"motif" text NOT NULL,
	"distance_m" double precision NOT NULL,
	"similarite" real NOT NULL,
	"statut" text DEFAULT 'candidat' NOT NULL,
	"detecte_le" timestamp with time zone DEFAULT now() NOT NULL,
	"traite_le" timestamp with time zone,
	"traite_par" uuid,
	"lieu_conserve_id" uuid
);
--> statement-breakpoint
CREATE TABLE "lieux_imports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"source" text NOT NULL,
	"format" text NOT NULL,
	"fichier" text NOT NULL,
	"simulation" boolean DEFAULT false NOT NULL,
	"lignes" integer NOT NULL,
	"crees" integer NOT NULL,
	"modifies" integer NOT NULL,
	"inchanges" integer NOT NULL,
	"rejetes" integer NOT NULL,
	"rapport" jsonb NOT NULL,
	"acteur_id" uuid,
	"cree_le" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "lieux_provenances" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"lieu_id" uuid NOT NULL,
	"lieu_origine_id" uuid NOT NULL,
	"source" text NOT NULL,
	"id_source" text NOT NULL,
	"empreinte" text NOT NULL,
	"importe_le" timestamp with time zone DEFAULT now() NOT NULL,
	"donnees" jsonb
);
--> statement-breakpoint
ALTER TABLE "utilisateurs" ADD COLUMN "totp_dernier_pas" integer;--> statement-breakpoint
ALTER TABLE "lieux" ADD CONSTRAINT "lieux_structure_id_structures_id_fk" FOREIGN KEY ("structure_id") REFERENCES "public"."structures"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lieux" ADD CONSTRAINT "lieux_fusionne_dans_lieux_id_fk" FOREIGN KEY ("fusionne_dans") REFERENCES "public"."lieux"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lieux_doublons" ADD CONSTRAINT "lieux_doublons_lieu_a_id_lieux_id_fk" FOREIGN KEY ("lieu_a_id") REFERENCES "public"."lieux"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lieux_doublons" ADD CONSTRAINT "lieux_doublons_lieu_b_id_lieux_id_fk" FOREIGN KEY ("lieu_b_id") REFERENCES "public"."lieux"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lieux_provenances" ADD CONSTRAINT "lieux_provenances_lieu_id_lieux_id_fk" FOREIGN KEY ("lieu_id") REFERENCES "public"."lieux"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lieux_provenances" ADD CONSTRAINT "lieux_provenances_lieu_origine_id_lieux_id_fk" FOREIGN KEY ("lieu_origine_id") REFERENCES "public"."lieux"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "lieux_departement_idx" ON "lieux" USING btree ("departement_code");--> statement-breakpoint
CREATE INDEX "lieux_code_insee_idx" ON "lieux" USING btree ("code_insee");--> statement-breakpoint
CREATE INDEX "lieux_structure_idx" ON "lieux" USING btree ("structure_id");--> statement-breakpoint
CREATE INDEX "lieux_pivot_idx" ON "lieux" USING btree ("pivot");--> statement-breakpoint
CREATE INDEX "lieux_fusionne_dans_idx" ON "lieux" USING btree ("fusionne_dans");--> statement-breakpoint
CREATE INDEX "lieux_services_idx" ON "lieux" USING gin ("services");--> statement-breakpoint
CREATE UNIQUE INDEX "lieux_doublons_paire_unique" ON "lieux_doublons" USING btree ("lieu_a_id","lieu_b_id");--> statement-breakpoint
CREATE INDEX "lieux_doublons_statut_idx" ON "lieux_doublons" USING btree ("statut");--> statement-breakpoint
CREATE INDEX "lieux_imports_cree_idx" ON "lieux_imports" USING btree ("cree_le");--> statement-breakpoint
CREATE UNIQUE INDEX "lieux_provenances_source_unique" ON "lieux_provenances" USING btree ("source","id_source");--> statement-breakpoint
CREATE INDEX "lieux_provenances_lieu_idx" ON "lieux_provenances" USING btree ("lieu_id");--> statement-breakpoint
CREATE INDEX "lieux_provenances_origine_idx" ON "lieux_provenances" USING btree ("lieu_origine_id");