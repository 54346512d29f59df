-- Views for analysts: only current extractions count, company names resolved through the gazetteer.
CREATE VIEW "current_deals" AS
SELECT d.id,
       coalesce(bo.name, d.buyer_name) AS buyer,
       coalesce(po.name, d.provider_name) AS provider,
       d.buyer_name, d.provider_name, d.buyer_id, d.provider_id,
       d.kind, d.amount, d.amount_high, d.currency, d.qualifier, d.per,
       d.duration_months, d.capacity_mw, d.status, d.announced_on,
       d.evidence, d.confidence, d.confidence_reasons,
       a.id AS article_id, a.url, e.title, e.published, e.extractor_version, e.id AS extraction_id
FROM deals d
JOIN extractions e ON e.id = d.extraction_id AND e.is_current
JOIN articles a ON a.id = e.article_id
LEFT JOIN organizations bo ON bo.id = d.buyer_id
LEFT JOIN organizations po ON po.id = d.provider_id;
--> statement-breakpoint
CREATE VIEW "deal_totals_by_buyer" AS
SELECT buyer, currency, count(*) AS deals, sum(amount) AS total_amount,
       min(announced_on) AS first_announced, max(announced_on) AS last_announced
FROM current_deals
GROUP BY buyer, currency;
--> statement-breakpoint
CREATE VIEW "deal_totals_by_provider" AS
SELECT provider, currency, count(*) AS deals, sum(amount) AS total_amount,
       min(announced_on) AS first_announced, max(announced_on) AS last_announced
FROM current_deals
GROUP BY provider, currency;
--> statement-breakpoint
CREATE VIEW "current_figures" AS
SELECT m.id, m.kind, m.role, m.text, m.amount, m.amount_high, m.currency, m.qualifier, m.per,
       m.months, m.days, m.mw, m.vague, m.sentence_index,
       a.id AS article_id, a.url, e.title, e.published, e.id AS extraction_id
FROM mentions m
JOIN extractions e ON e.id = m.extraction_id AND e.is_current
JOIN articles a ON a.id = e.article_id
WHERE m.kind <> 'organization';
--> statement-breakpoint
CREATE VIEW "figures_by_role" AS
SELECT kind, coalesce(role, 'unassigned') AS role, currency, count(*) AS figures,
       sum(amount) AS total_amount, sum(mw) AS total_mw
FROM current_figures
GROUP BY kind, coalesce(role, 'unassigned'), currency;
