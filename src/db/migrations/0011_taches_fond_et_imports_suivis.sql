CREATE TABLE "lieux_imports_fichiers" (
	"import_id" uuid PRIMARY KEY NOT NULL,
	"contenu" "bytea" NOT NULL
);
--> statement-breakpoint
CREATE TABLE "taches_fond" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"type" text NOT NULL,
	"statut" text DEFAULT 'en_attente' NOT NULL,
	"parametres" jsonb NOT NULL,
	"fait" integer DEFAULT 0 NOT NULL,
	"total" integer,
	"etape" text,
	"resultat" jsonb,
	"erreur" text,
	"acteur_id" uuid,
	"acteur" jsonb,
	"cree_le" timestamp with time zone DEFAULT now() NOT NULL,
	"debut_le" timestamp with time zone,
	"fin_le" timestamp with time zone,
	"battement_le" timestamp with time zone,
	"travailleur" text
);
--> statement-breakpoint
ALTER TABLE "lieux_imports" ALTER COLUMN "lignes" SET DEFAULT 0;--> statement-breakpoint
ALTER TABLE "lieux_imports" ALTER COLUMN "crees" SET DEFAULT 0;--> statement-breakpoint
ALTER TABLE "lieux_imports" ALTER COLUMN "modifies" SET DEFAULT 0;--> statement-breakpoint
ALTER TABLE "lieux_imports" ALTER COLUMN "inchanges" SET DEFAULT 0;--> statement-breakpoint
ALTER TABLE "lieux_imports" ALTER COLUMN "rejetes" SET DEFAULT 0;--> statement-breakpoint
ALTER TABLE "lieux_imports" ALTER COLUMN "rapport" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "lieux_imports" ADD COLUMN "statut" text DEFAULT 'termine' NOT NULL;--> statement-breakpoint
ALTER TABLE "lieux_imports" ADD COLUMN "tache_id" uuid;--> statement-breakpoint
ALTER TABLE "lieux_provenances" ADD COLUMN "import_id" uuid;--> statement-breakpoint
ALTER TABLE "lieux_imports_fichiers" ADD CONSTRAINT "lieux_imports_fichiers_import_id_lieux_imports_id_fk" FOREIGN KEY ("import_id") REFERENCES "public"."lieux_imports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "taches_fond_file_idx" ON "taches_fond" USING btree ("statut","cree_le");--> statement-breakpoint
CREATE INDEX "lieux_provenances_import_idx" ON "lieux_provenances" USING btree ("import_id");