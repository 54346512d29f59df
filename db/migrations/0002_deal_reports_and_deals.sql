-- One deal, many reports: today's per-article rows become `deal_reports` (columns, ids and
-- provenance kept), and `deals` is now the transaction they report. Hand-written because
-- drizzle-kit asks interactively whether a table was renamed; meta/0002_snapshot.json is
-- drizzle-kit's own snapshot of db/schema.ts, so later `npm run db:generate` runs diff cleanly.
DROP VIEW "deal_totals_by_buyer";--> statement-breakpoint
DROP VIEW "deal_totals_by_provider";--> statement-breakpoint
DROP VIEW "current_deals";--> statement-breakpoint
ALTER TABLE "deals" RENAME TO "deal_reports";--> statement-breakpoint
ALTER SEQUENCE "deals_id_seq" RENAME TO "deal_reports_id_seq";--> statement-breakpoint
ALTER TABLE "deal_reports" RENAME CONSTRAINT "deals_pkey" TO "deal_reports_pkey";--> statement-breakpoint
ALTER TABLE "deal_reports" RENAME CONSTRAINT "deals_extraction_id_extractions_id_fk" TO "deal_reports_extraction_id_extractions_id_fk";--> statement-breakpoint
ALTER TABLE "deal_reports" RENAME CONSTRAINT "deals_buyer_id_organizations_id_fk" TO "deal_reports_buyer_id_organizations_id_fk";--> statement-breakpoint
ALTER TABLE "deal_reports" RENAME CONSTRAINT "deals_provider_id_organizations_id_fk" TO "deal_reports_provider_id_organizations_id_fk";--> statement-breakpoint
ALTER INDEX "deals_extraction_idx" RENAME TO "deal_reports_extraction_idx";--> statement-breakpoint
ALTER INDEX "deals_buyer_idx" RENAME TO "deal_reports_buyer_idx";--> statement-breakpoint
ALTER INDEX "deals_provider_idx" RENAME TO "deal_reports_provider_idx";--> statement-breakpoint
ALTER INDEX "deals_announced_idx" RENAME TO "deal_reports_announced_idx";--> statement-breakpoint
ALTER TABLE "deal_reports" ADD COLUMN "deal_id" bigint;--> statement-breakpoint
ALTER TABLE "deal_reports" ADD COLUMN "pair_key" text;--> statement-breakpoint
ALTER TABLE "deal_reports" ADD COLUMN "amount_usd" numeric(38, 6);--> statement-breakpoint
ALTER TABLE "deal_reports" ADD COLUMN "fx_rate" numeric;--> statement-breakpoint
ALTER TABLE "deal_reports" ADD COLUMN "fx_month" date;--> statement-breakpoint
ALTER TABLE "deal_reports" ADD COLUMN "fx_estimated" boolean DEFAULT false NOT NULL;--> statement-breakpoint
CREATE TABLE "deal_overrides" (
	"article_id" bigint NOT NULL,
	"pair_key" text NOT NULL,
	"kind" text NOT NULL,
	"group_key" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "deal_overrides_article_id_pair_key_kind_pk" PRIMARY KEY("article_id","pair_key","kind")
);
--> statement-breakpoint
CREATE TABLE "deal_status_history" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "deal_status_history_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"deal_id" bigint NOT NULL,
	"status" text NOT NULL,
	"reported_on" date,
	"report_id" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "deals" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "deals_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"pair_key" text NOT NULL,
	"buyer_name" text NOT NULL,
	"provider_name" text NOT NULL,
	"buyer_id" text,
	"provider_id" text,
	"kind" text NOT NULL,
	"amount" numeric(38, 6),
	"amount_high" numeric(38, 6),
	"currency" text,
	"qualifier" text,
	"per" text,
	"duration_months" numeric,
	"capacity_mw" numeric,
	"status" text NOT NULL,
	"announced_on" date,
	"first_reported_on" date,
	"last_reported_on" date,
	"report_count" integer NOT NULL,
	"outlet_count" integer NOT NULL,
	"expands_deal_id" bigint,
	"amount_usd" numeric(38, 6),
	"fx_rate" numeric,
	"fx_month" date,
	"fx_estimated" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "fx_rates" (
	"currency" text NOT NULL,
	"month" date NOT NULL,
	"units_per_usd" numeric NOT NULL,
	"source" text NOT NULL,
	CONSTRAINT "fx_rates_currency_month_pk" PRIMARY KEY("currency","month")
);
--> statement-breakpoint
ALTER TABLE "deal_overrides" ADD CONSTRAINT "deal_overrides_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deal_reports" ADD CONSTRAINT "deal_reports_deal_id_deals_id_fk" FOREIGN KEY ("deal_id") REFERENCES "public"."deals"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deal_status_history" ADD CONSTRAINT "deal_status_history_deal_id_deals_id_fk" FOREIGN KEY ("deal_id") REFERENCES "public"."deals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deal_status_history" ADD CONSTRAINT "deal_status_history_report_id_deal_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."deal_reports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deals" ADD CONSTRAINT "deals_buyer_id_organizations_id_fk" FOREIGN KEY ("buyer_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deals" ADD CONSTRAINT "deals_provider_id_organizations_id_fk" FOREIGN KEY ("provider_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deals" ADD CONSTRAINT "deals_expands_deal_id_deals_id_fk" FOREIGN KEY ("expands_deal_id") REFERENCES "public"."deals"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "deal_overrides_pair_idx" ON "deal_overrides" USING btree ("pair_key");--> statement-breakpoint
CREATE INDEX "deal_reports_deal_idx" ON "deal_reports" USING btree ("deal_id");--> statement-breakpoint
CREATE INDEX "deal_reports_pair_idx" ON "deal_reports" USING btree ("pair_key");--> statement-breakpoint
CREATE INDEX "deal_status_history_deal_idx" ON "deal_status_history" USING btree ("deal_id");--> statement-breakpoint
CREATE INDEX "deals_pair_idx" ON "deals" USING btree ("pair_key");--> statement-breakpoint
CREATE INDEX "deals_buyer_idx" ON "deals" USING btree ("buyer_id");--> statement-breakpoint
CREATE INDEX "deals_provider_idx" ON "deals" USING btree ("provider_id");--> statement-breakpoint
CREATE INDEX "deals_first_reported_idx" ON "deals" USING btree ("first_reported_on");--> statement-breakpoint
CREATE VIEW "current_deal_reports" AS
SELECT r.id, r.deal_id,
       coalesce(bo.name, r.buyer_name) AS buyer,
       coalesce(po.name, r.provider_name) AS provider,
       r.buyer_name, r.provider_name, r.buyer_id, r.provider_id,
       r.kind, r.amount, r.amount_high, r.currency, r.qualifier, r.per,
       r.duration_months, r.capacity_mw, r.status, r.announced_on,
       r.evidence, r.confidence, r.confidence_reasons,
       r.amount_usd, r.fx_rate, r.fx_month, r.fx_estimated,
       coalesce(nullif(e.site_name, ''),
                nullif(regexp_replace(lower(substring(a.url from '^[a-zA-Z][a-zA-Z0-9+.-]*://([^/:?#]+)')), '^www\.', ''), ''),
                a.url) AS outlet,
       a.id AS article_id, a.url, e.title, e.published, e.extractor_version, e.id AS extraction_id
FROM deal_reports r
JOIN extractions e ON e.id = r.extraction_id AND e.is_current
JOIN articles a ON a.id = e.article_id
LEFT JOIN organizations bo ON bo.id = r.buyer_id
LEFT JOIN organizations po ON po.id = r.provider_id;
--> statement-breakpoint
CREATE VIEW "current_deals" AS
SELECT d.id,
       coalesce(bo.name, d.buyer_name) AS buyer,
       coalesce(po.name, d.provider_name) AS provider,
       d.buyer_name, d.provider_name, d.buyer_id, d.provider_id,
       d.kind, d.amount, d.amount_high, d.currency, d.qualifier, d.per,
       d.duration_months, d.capacity_mw, d.status, d.announced_on,
       d.first_reported_on, d.last_reported_on, d.report_count AS reports, d.outlet_count AS outlets,
       d.expands_deal_id, d.amount_usd, d.fx_rate, d.fx_month, d.fx_estimated
FROM deals d
LEFT JOIN organizations bo ON bo.id = d.buyer_id
LEFT JOIN organizations po ON po.id = d.provider_id;
--> statement-breakpoint
CREATE VIEW "deal_totals_by_buyer" AS
SELECT buyer, count(*)::int AS deals, count(amount_usd)::int AS valued_deals, sum(amount_usd) AS total_usd,
       bool_or(fx_estimated) AS fx_estimated,
       min(first_reported_on) AS first_reported_on, max(last_reported_on) AS last_reported_on
FROM current_deals
GROUP BY buyer;
--> statement-breakpoint
CREATE VIEW "deal_totals_by_provider" AS
SELECT provider, count(*)::int AS deals, count(amount_usd)::int AS valued_deals, sum(amount_usd) AS total_usd,
       bool_or(fx_estimated) AS fx_estimated,
       min(first_reported_on) AS first_reported_on, max(last_reported_on) AS last_reported_on
FROM current_deals
GROUP BY provider;
