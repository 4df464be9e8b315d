CREATE TABLE "lieux_journal_modifications" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"le" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "lieux_signalements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"lieu_id" uuid NOT NULL,
	"message" text NOT NULL,
	"email" text,
	"structure_id" uuid,
	"departement_code" text,
	"statut" text DEFAULT 'nouveau' NOT NULL,
	"cree_le" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "lieux_signalements" ADD CONSTRAINT "lieux_signalements_lieu_id_lieux_id_fk" FOREIGN KEY ("lieu_id") REFERENCES "public"."lieux"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "lieux_signalements_lieu_idx" ON "lieux_signalements" USING btree ("lieu_id");--> statement-breakpoint
CREATE INDEX "lieux_signalements_cree_idx" ON "lieux_signalements" USING btree ("cree_le");