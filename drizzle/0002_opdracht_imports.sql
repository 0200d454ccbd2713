CREATE TABLE "opdracht_imports" (
	"id" uuid PRIMARY KEY NOT NULL,
	"eigenaar" text NOT NULL,
	"bestandsnaam" text NOT NULL,
	"bestand" "bytea" NOT NULL,
	"zijde" text NOT NULL,
	"uitvoeringsorganisatie_id" uuid NOT NULL,
	"instellingen" jsonb NOT NULL,
	"voorvertoning" jsonb NOT NULL,
	"aantal_rijen" integer NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"verloopt_op" timestamp with time zone NOT NULL,
	"uitgevoerd_op" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "opdracht_imports" ADD CONSTRAINT "opdracht_imports_uitvoeringsorganisatie_id_organisaties_id_fk" FOREIGN KEY ("uitvoeringsorganisatie_id") REFERENCES "public"."organisaties"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "opdracht_imports_verloopt_idx" ON "opdracht_imports" USING btree ("verloopt_op");--> statement-breakpoint
CREATE INDEX "opdracht_imports_eigenaar_idx" ON "opdracht_imports" USING btree ("eigenaar");