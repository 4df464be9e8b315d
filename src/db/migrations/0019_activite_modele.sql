CREATE TABLE "accompagnements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"activite_id" uuid NOT NULL,
	"beneficiaire_id" uuid NOT NULL,
	"premier_accompagnement" boolean NOT NULL,
	"date" date NOT NULL,
	"type" text NOT NULL,
	"structure_id" uuid NOT NULL,
	"conseiller_id" uuid NOT NULL,
	"departement_code" text
);
--> statement-breakpoint
CREATE TABLE "activites" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"type" text NOT NULL,
	"structure_id" uuid NOT NULL,
	"conseiller_id" uuid NOT NULL,
	"date" date NOT NULL,
	"duree_minutes" integer NOT NULL,
	"type_lieu" text NOT NULL,
	"lieu_id" uuid,
	"commune_insee" text,
	"departement_code" text,
	"titre" text,
	"niveau" text,
	"atelier_id" uuid,
	"thematiques_numeriques" text[] DEFAULT '{}' NOT NULL,
	"thematiques_administratives" text[] DEFAULT '{}' NOT NULL,
	"version_thematiques" text NOT NULL,
	"materiel" text[] DEFAULT '{}' NOT NULL,
	"autonomie" text,
	"orientation" text,
	"notes" text,
	"source" text DEFAULT 'saisie' NOT NULL,
	"cle_idempotence" text,
	"cree_par" uuid,
	"cree_le" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "beneficiaires" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"conseiller_id" uuid NOT NULL,
	"structure_id" uuid NOT NULL,
	"anonyme" boolean NOT NULL,
	"prenom" text,
	"nom" text,
	"telephone" text,
	"courriel" text,
	"annee_naissance" smallint,
	"genre" text DEFAULT 'non_communique' NOT NULL,
	"tranche_age" text DEFAULT 'non_communique' NOT NULL,
	"statut_social" text DEFAULT 'non_communique' NOT NULL,
	"commune_insee" text,
	"notes" text,
	"consentement_le" timestamp with time zone,
	"derniere_activite" date,
	"efface_le" timestamp with time zone,
	"fusionne_dans" uuid,
	"cree_le" timestamp with time zone DEFAULT now() NOT NULL,
	"modifie_le" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "accompagnements" ADD CONSTRAINT "accompagnements_activite_id_activites_id_fk" FOREIGN KEY ("activite_id") REFERENCES "public"."activites"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "accompagnements" ADD CONSTRAINT "accompagnements_beneficiaire_id_beneficiaires_id_fk" FOREIGN KEY ("beneficiaire_id") REFERENCES "public"."beneficiaires"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activites" ADD CONSTRAINT "activites_structure_id_structures_id_fk" FOREIGN KEY ("structure_id") REFERENCES "public"."structures"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activites" ADD CONSTRAINT "activites_conseiller_id_utilisateurs_id_fk" FOREIGN KEY ("conseiller_id") REFERENCES "public"."utilisateurs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "beneficiaires" ADD CONSTRAINT "beneficiaires_conseiller_id_utilisateurs_id_fk" FOREIGN KEY ("conseiller_id") REFERENCES "public"."utilisateurs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "beneficiaires" ADD CONSTRAINT "beneficiaires_structure_id_structures_id_fk" FOREIGN KEY ("structure_id") REFERENCES "public"."structures"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "accompagnements_activite_idx" ON "accompagnements" USING btree ("activite_id");--> statement-breakpoint
CREATE INDEX "accompagnements_beneficiaire_idx" ON "accompagnements" USING btree ("beneficiaire_id");--> statement-breakpoint
CREATE UNIQUE INDEX "accompagnements_activite_beneficiaire_uniq" ON "accompagnements" USING btree ("activite_id","beneficiaire_id");--> statement-breakpoint
CREATE INDEX "activites_conseiller_date_idx" ON "activites" USING btree ("conseiller_id","date");--> statement-breakpoint
CREATE INDEX "activites_structure_date_idx" ON "activites" USING btree ("structure_id","date");--> statement-breakpoint
CREATE INDEX "activites_departement_date_idx" ON "activites" USING btree ("departement_code","date");--> statement-breakpoint
CREATE INDEX "activites_date_idx" ON "activites" USING btree ("date");--> statement-breakpoint
CREATE UNIQUE INDEX "activites_idempotence_uniq" ON "activites" USING btree ("structure_id","cle_idempotence") WHERE cle_idempotence is not null;--> statement-breakpoint
CREATE INDEX "beneficiaires_conseiller_idx" ON "beneficiaires" USING btree ("conseiller_id","structure_id");--> statement-breakpoint
CREATE INDEX "beneficiaires_structure_idx" ON "beneficiaires" USING btree ("structure_id");--> statement-breakpoint
CREATE INDEX "beneficiaires_retention_idx" ON "beneficiaires" USING btree ("derniere_activite") WHERE efface_le is null and anonyme = false;