ALTER TABLE "lieux_signalements" ADD COLUMN "issue" text;--> statement-breakpoint
ALTER TABLE "lieux_signalements" ADD COLUMN "note" text;--> statement-breakpoint
ALTER TABLE "lieux_signalements" ADD COLUMN "traite_le" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "lieux_signalements" ADD COLUMN "traite_par" uuid;--> statement-breakpoint
CREATE INDEX "lieux_signalements_statut_idx" ON "lieux_signalements" USING btree ("statut","cree_le");