CREATE TABLE "ateliers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"structure_id" uuid NOT NULL,
	"conseiller_id" uuid NOT NULL,
	"titre" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"thematiques" text[] DEFAULT '{}' NOT NULL,
	"niveau" text NOT NULL,
	"lieu_id" uuid NOT NULL,
	"commune_insee" text,
	"departement_code" text,
	"latitude" double precision,
	"longitude" double precision,
	"debut" timestamp with time zone NOT NULL,
	"fin" timestamp with time zone NOT NULL,
	"serie_id" uuid,
	"capacite" integer NOT NULL,
	"inscription_requise" boolean DEFAULT true NOT NULL,
	"accessibilite" text DEFAULT '' NOT NULL,
	"gratuit" boolean DEFAULT true NOT NULL,
	"statut" text DEFAULT 'publie' NOT NULL,
	"activite_id" uuid,
	"cree_le" timestamp with time zone DEFAULT now() NOT NULL,
	"modifie_le" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ateliers_inscriptions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"atelier_id" uuid NOT NULL,
	"prenom" text NOT NULL,
	"nom" text NOT NULL,
	"courriel" text,
	"telephone" text,
	"consentement_le" timestamp with time zone NOT NULL,
	"statut" text NOT NULL,
	"rang_attente" integer,
	"present" boolean,
	"rappel_envoye_le" timestamp with time zone,
	"annulee_le" timestamp with time zone,
	"cree_le" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ateliers_series" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"structure_id" uuid NOT NULL,
	"intervalle_semaines" smallint NOT NULL,
	"jusqu_au" date NOT NULL,
	"cree_le" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "ateliers" ADD CONSTRAINT "ateliers_structure_id_structures_id_fk" FOREIGN KEY ("structure_id") REFERENCES "public"."structures"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ateliers" ADD CONSTRAINT "ateliers_conseiller_id_utilisateurs_id_fk" FOREIGN KEY ("conseiller_id") REFERENCES "public"."utilisateurs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ateliers" ADD CONSTRAINT "ateliers_serie_id_ateliers_series_id_fk" FOREIGN KEY ("serie_id") REFERENCES "public"."ateliers_series"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ateliers_inscriptions" ADD CONSTRAINT "ateliers_inscriptions_atelier_id_ateliers_id_fk" FOREIGN KEY ("atelier_id") REFERENCES "public"."ateliers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ateliers_series" ADD CONSTRAINT "ateliers_series_structure_id_structures_id_fk" FOREIGN KEY ("structure_id") REFERENCES "public"."structures"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "ateliers_structure_debut_idx" ON "ateliers" USING btree ("structure_id","debut");--> statement-breakpoint
CREATE INDEX "ateliers_conseiller_debut_idx" ON "ateliers" USING btree ("conseiller_id","debut");--> statement-breakpoint
CREATE INDEX "ateliers_debut_idx" ON "ateliers" USING btree ("debut") WHERE statut = 'publie';--> statement-breakpoint
CREATE INDEX "ateliers_inscriptions_atelier_idx" ON "ateliers_inscriptions" USING btree ("atelier_id","statut");--> statement-breakpoint
CREATE UNIQUE INDEX "ateliers_inscriptions_courriel_uniq" ON "ateliers_inscriptions" USING btree ("atelier_id","courriel") WHERE statut <> 'annulee' and courriel is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "ateliers_inscriptions_telephone_uniq" ON "ateliers_inscriptions" USING btree ("atelier_id","telephone") WHERE statut <> 'annulee' and telephone is not null;