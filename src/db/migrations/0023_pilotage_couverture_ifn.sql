CREATE TABLE "pilotage_couverture_calcul" (
	"id" integer PRIMARY KEY NOT NULL,
	"calcule_le" timestamp with time zone NOT NULL,
	"empreinte_lieux" text NOT NULL,
	"duree_ms" integer NOT NULL,
	"resume" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "pilotage_couverture_communes" (
	"commune_code" text NOT NULL,
	"genre" text NOT NULL,
	"departement_code" text NOT NULL,
	"population" integer NOT NULL,
	"distance_km" double precision,
	CONSTRAINT "pilotage_couverture_communes_commune_code_genre_pk" PRIMARY KEY("commune_code","genre")
);
--> statement-breakpoint
CREATE TABLE "pilotage_couverture_territoires" (
	"territoire" text NOT NULL,
	"genre" text NOT NULL,
	"communes" integer NOT NULL,
	"communes_sans_centre" integer NOT NULL,
	"population" integer NOT NULL,
	"population_sans_centre" integer NOT NULL,
	"lieux" integer NOT NULL,
	"population_5" integer NOT NULL,
	"population_10" integer NOT NULL,
	"population_20" integer NOT NULL,
	"population_30" integer NOT NULL,
	CONSTRAINT "pilotage_couverture_territoires_territoire_genre_pk" PRIMARY KEY("territoire","genre")
);
--> statement-breakpoint
CREATE TABLE "pilotage_ifn" (
	"niveau" text NOT NULL,
	"code" text NOT NULL,
	"nom" text NOT NULL,
	"sans_tres_haut_debit" double precision,
	"sans_4g" double precision,
	"pauvrete" double precision,
	"plus_65_ans" double precision,
	"non_diplomes" double precision,
	"total" double precision NOT NULL,
	"importe_le" timestamp with time zone NOT NULL,
	CONSTRAINT "pilotage_ifn_niveau_code_pk" PRIMARY KEY("niveau","code")
);
