CREATE TABLE "activite_historique_cra" (
	"departement_code" text PRIMARY KEY NOT NULL,
	"usagers" integer NOT NULL,
	"accompagnements" integer NOT NULL,
	"themes" jsonb NOT NULL,
	"themes_actuels" jsonb NOT NULL,
	"statut" jsonb NOT NULL,
	"accompagnement" jsonb NOT NULL,
	"activite" jsonb NOT NULL,
	"ages" jsonb NOT NULL,
	"importe_le" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "activite_api_empreintes" (
	"activite_id" uuid PRIMARY KEY NOT NULL,
	"structure_id" uuid NOT NULL,
	"cle" text NOT NULL,
	"empreinte" text NOT NULL,
	"reponse" jsonb NOT NULL,
	"cree_le" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "activite_pass_cheques" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"numero" text NOT NULL,
	"emetteur" text NOT NULL,
	"valeur_centimes" integer NOT NULL,
	"valable_jusquau" date NOT NULL,
	"structure_id" uuid NOT NULL,
	"activite_id" uuid NOT NULL,
	"accompagnement_id" uuid,
	"date_activite" date NOT NULL,
	"enregistre_par" uuid,
	"enregistre_le" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "activite_pass_structures" (
	"structure_id" uuid PRIMARY KEY NOT NULL,
	"accepte" boolean NOT NULL,
	"modifie_par" uuid,
	"modifie_le" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "activite_api_empreintes" ADD CONSTRAINT "activite_api_empreintes_activite_id_activites_id_fk" FOREIGN KEY ("activite_id") REFERENCES "public"."activites"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activite_pass_cheques" ADD CONSTRAINT "activite_pass_cheques_structure_id_structures_id_fk" FOREIGN KEY ("structure_id") REFERENCES "public"."structures"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activite_pass_cheques" ADD CONSTRAINT "activite_pass_cheques_activite_id_activites_id_fk" FOREIGN KEY ("activite_id") REFERENCES "public"."activites"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activite_pass_cheques" ADD CONSTRAINT "activite_pass_cheques_accompagnement_id_accompagnements_id_fk" FOREIGN KEY ("accompagnement_id") REFERENCES "public"."accompagnements"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "activite_pass_structures" ADD CONSTRAINT "activite_pass_structures_structure_id_structures_id_fk" FOREIGN KEY ("structure_id") REFERENCES "public"."structures"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "activite_api_empreintes_cle_uniq" ON "activite_api_empreintes" USING btree ("structure_id","cle");--> statement-breakpoint
CREATE UNIQUE INDEX "activite_pass_cheques_numero_uniq" ON "activite_pass_cheques" USING btree ("numero");--> statement-breakpoint
CREATE INDEX "activite_pass_cheques_structure_idx" ON "activite_pass_cheques" USING btree ("structure_id","emetteur","date_activite");--> statement-breakpoint
CREATE INDEX "activite_pass_cheques_activite_idx" ON "activite_pass_cheques" USING btree ("activite_id");