ALTER TABLE "lieux" ADD COLUMN "position_precision" text;--> statement-breakpoint
ALTER TABLE "structures" ADD COLUMN "position_precision" text;