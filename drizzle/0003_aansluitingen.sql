CREATE TABLE "aansluiting_beslissingen" (
	"id" uuid PRIMARY KEY NOT NULL,
	"driehoek_id" uuid NOT NULL,
	"bron_links" text NOT NULL,
	"bron_rechts" text NOT NULL,
	"soort" text NOT NULL,
	"links_sleutel" text NOT NULL,
	"rechts_sleutel" text NOT NULL,
	"aansluiting_id" uuid,
	"door_persoon_id" uuid,
	"door_naam" text NOT NULL,
	"tijdstip" timestamp with time zone NOT NULL,
	CONSTRAINT "aansluiting_beslissingen_soort_check" CHECK ("aansluiting_beslissingen"."soort" in ('bevestigd','afgewezen','handmatig'))
);
--> statement-breakpoint
CREATE TABLE "aansluitingen" (
	"id" uuid PRIMARY KEY NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"driehoek_id" uuid NOT NULL,
	"bron_links" text NOT NULL,
	"bron_rechts" text NOT NULL,
	"bestandsnaam_links" text,
	"bestandsnaam_rechts" text,
	"rijen_links" jsonb NOT NULL,
	"rijen_rechts" jsonb NOT NULL,
	"buiten_driehoek_links" integer DEFAULT 0 NOT NULL,
	"buiten_driehoek_rechts" integer DEFAULT 0 NOT NULL,
	"resultaat" jsonb NOT NULL,
	"volledigheid" real NOT NULL,
	"aantal_gekoppeld" integer NOT NULL,
	"aangemaakt_door_id" uuid,
	"aangemaakt_door_naam" text NOT NULL,
	CONSTRAINT "aansluitingen_bron_links_check" CHECK ("aansluitingen"."bron_links" in ('register','lijst-opdrachtgever','lijst-uitvoerder')),
	CONSTRAINT "aansluitingen_bron_rechts_check" CHECK ("aansluitingen"."bron_rechts" in ('register','lijst-opdrachtgever','lijst-uitvoerder'))
);
--> statement-breakpoint
ALTER TABLE "aansluiting_beslissingen" ADD CONSTRAINT "aansluiting_beslissingen_driehoek_id_driehoeken_id_fk" FOREIGN KEY ("driehoek_id") REFERENCES "public"."driehoeken"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "aansluitingen" ADD CONSTRAINT "aansluitingen_driehoek_id_driehoeken_id_fk" FOREIGN KEY ("driehoek_id") REFERENCES "public"."driehoeken"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "aansluiting_beslissingen_paar_uq" ON "aansluiting_beslissingen" USING btree ("driehoek_id","bron_links","bron_rechts","links_sleutel","rechts_sleutel");--> statement-breakpoint
CREATE INDEX "aansluitingen_driehoek_idx" ON "aansluitingen" USING btree ("driehoek_id","created_at");