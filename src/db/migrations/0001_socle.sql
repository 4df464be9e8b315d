CREATE TABLE "evenements_audit" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"survenu_le" timestamp with time zone DEFAULT now() NOT NULL,
	"acteur_id" uuid,
	"acteur_email" text,
	"acteur_role" text,
	"action" text NOT NULL,
	"entite_type" text NOT NULL,
	"entite_id" text,
	"departement_code" text,
	"structure_id" uuid,
	"ip" text,
	"details" jsonb
);
--> statement-breakpoint
CREATE TABLE "adhesions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"utilisateur_id" uuid NOT NULL,
	"role" text NOT NULL,
	"departement_code" text,
	"structure_id" uuid,
	"referent" boolean DEFAULT false NOT NULL,
	"cree_le" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "jetons_api" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"nom" text NOT NULL,
	"prefixe" text NOT NULL,
	"hash" text NOT NULL,
	"portees" text[] NOT NULL,
	"departement_code" text,
	"structure_id" uuid,
	"cree_par" uuid,
	"cree_le" timestamp with time zone DEFAULT now() NOT NULL,
	"derniere_utilisation_le" timestamp with time zone,
	"revoque_le" timestamp with time zone,
	CONSTRAINT "jetons_api_hash_unique" UNIQUE("hash")
);
--> statement-breakpoint
CREATE TABLE "jetons_email" (
	"hash" text PRIMARY KEY NOT NULL,
	"type" text NOT NULL,
	"utilisateur_id" uuid,
	"email" text NOT NULL,
	"role" text,
	"departement_code" text,
	"structure_id" uuid,
	"cree_par" uuid,
	"expire_le" timestamp with time zone NOT NULL,
	"utilise_le" timestamp with time zone,
	"cree_le" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"id_hash" text PRIMARY KEY NOT NULL,
	"utilisateur_id" uuid NOT NULL,
	"adhesion_id" uuid,
	"totp_verifie_le" timestamp with time zone,
	"cree_le" timestamp with time zone DEFAULT now() NOT NULL,
	"vu_le" timestamp with time zone DEFAULT now() NOT NULL,
	"expire_le" timestamp with time zone NOT NULL,
	"ip" text,
	"user_agent" text
);
--> statement-breakpoint
CREATE TABLE "tentatives_connexion" (
	"cle" text PRIMARY KEY NOT NULL,
	"echecs" integer DEFAULT 0 NOT NULL,
	"debut_fenetre" timestamp with time zone NOT NULL,
	"bloque_jusqu_a" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "utilisateurs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"email" text NOT NULL,
	"prenom" text NOT NULL,
	"nom" text NOT NULL,
	"mot_de_passe_hash" text,
	"totp_secret" text,
	"totp_active_le" timestamp with time zone,
	"actif" boolean DEFAULT true NOT NULL,
	"demo" boolean DEFAULT false NOT NULL,
	"proconnect_sub" text,
	"derniere_connexion_le" timestamp with time zone,
	"cree_le" timestamp with time zone DEFAULT now() NOT NULL,
	"modifie_le" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "structures" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"nom" text NOT NULL,
	"siret" text,
	"type" text NOT NULL,
	"departement_code" text NOT NULL,
	"commune_code" text,
	"adresse" text,
	"latitude" double precision,
	"longitude" double precision,
	"cree_le" timestamp with time zone DEFAULT now() NOT NULL,
	"modifie_le" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "communes" (
	"code" text PRIMARY KEY NOT NULL,
	"nom" text NOT NULL,
	"nom_recherche" text NOT NULL,
	"departement_code" text NOT NULL,
	"region_code" text NOT NULL,
	"epci_code" text,
	"codes_postaux" text[] DEFAULT '{}' NOT NULL,
	"population" integer,
	"latitude" double precision,
	"longitude" double precision
);
--> statement-breakpoint
CREATE TABLE "departements" (
	"code" text PRIMARY KEY NOT NULL,
	"nom" text NOT NULL,
	"region_code" text NOT NULL,
	"zone" text DEFAULT 'metro' NOT NULL,
	"fuseau_horaire" text DEFAULT 'Europe/Paris' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "epcis" (
	"code" text PRIMARY KEY NOT NULL,
	"nom" text NOT NULL,
	"type" text NOT NULL,
	"population" integer
);
--> statement-breakpoint
CREATE TABLE "regions" (
	"code" text PRIMARY KEY NOT NULL,
	"nom" text NOT NULL,
	"zone" text DEFAULT 'metro' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "versions_referentiels" (
	"nom" text PRIMARY KEY NOT NULL,
	"version" text NOT NULL,
	"charge_le" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "adhesions" ADD CONSTRAINT "adhesions_utilisateur_id_utilisateurs_id_fk" FOREIGN KEY ("utilisateur_id") REFERENCES "public"."utilisateurs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "adhesions" ADD CONSTRAINT "adhesions_departement_code_departements_code_fk" FOREIGN KEY ("departement_code") REFERENCES "public"."departements"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "adhesions" ADD CONSTRAINT "adhesions_structure_id_structures_id_fk" FOREIGN KEY ("structure_id") REFERENCES "public"."structures"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "jetons_api" ADD CONSTRAINT "jetons_api_cree_par_utilisateurs_id_fk" FOREIGN KEY ("cree_par") REFERENCES "public"."utilisateurs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "jetons_email" ADD CONSTRAINT "jetons_email_utilisateur_id_utilisateurs_id_fk" FOREIGN KEY ("utilisateur_id") REFERENCES "public"."utilisateurs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_utilisateur_id_utilisateurs_id_fk" FOREIGN KEY ("utilisateur_id") REFERENCES "public"."utilisateurs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_adhesion_id_adhesions_id_fk" FOREIGN KEY ("adhesion_id") REFERENCES "public"."adhesions"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "structures" ADD CONSTRAINT "structures_departement_code_departements_code_fk" FOREIGN KEY ("departement_code") REFERENCES "public"."departements"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "structures" ADD CONSTRAINT "structures_commune_code_communes_code_fk" FOREIGN KEY ("commune_code") REFERENCES "public"."communes"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "communes" ADD CONSTRAINT "communes_departement_code_departements_code_fk" FOREIGN KEY ("departement_code") REFERENCES "public"."departements"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "communes" ADD CONSTRAINT "communes_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "communes" ADD CONSTRAINT "communes_epci_code_epcis_code_fk" FOREIGN KEY ("epci_code") REFERENCES "public"."epcis"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "departements" ADD CONSTRAINT "departements_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "audit_survenu_idx" ON "evenements_audit" USING btree ("survenu_le");--> statement-breakpoint
CREATE INDEX "audit_acteur_idx" ON "evenements_audit" USING btree ("acteur_id");--> statement-breakpoint
CREATE INDEX "audit_entite_idx" ON "evenements_audit" USING btree ("entite_type","entite_id");--> statement-breakpoint
CREATE INDEX "adhesions_utilisateur_idx" ON "adhesions" USING btree ("utilisateur_id");--> statement-breakpoint
CREATE UNIQUE INDEX "adhesions_unique" ON "adhesions" USING btree ("utilisateur_id","role",coalesce("departement_code", ''),coalesce("structure_id"::text, ''));--> statement-breakpoint
CREATE INDEX "jetons_email_utilisateur_idx" ON "jetons_email" USING btree ("utilisateur_id");--> statement-breakpoint
CREATE INDEX "sessions_utilisateur_idx" ON "sessions" USING btree ("utilisateur_id");--> statement-breakpoint
CREATE UNIQUE INDEX "utilisateurs_email_unique" ON "utilisateurs" USING btree (lower("email"));--> statement-breakpoint
CREATE UNIQUE INDEX "utilisateurs_proconnect_unique" ON "utilisateurs" USING btree ("proconnect_sub");--> statement-breakpoint
CREATE INDEX "structures_departement_idx" ON "structures" USING btree ("departement_code");--> statement-breakpoint
CREATE INDEX "structures_siret_idx" ON "structures" USING btree ("siret") WHERE "structures"."siret" is not null;--> statement-breakpoint
CREATE INDEX "communes_departement_idx" ON "communes" USING btree ("departement_code");--> statement-breakpoint
CREATE INDEX "communes_epci_idx" ON "communes" USING btree ("epci_code");