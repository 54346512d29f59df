-- The view gains the report's pair key (and where its evidence starts), so a read of some pairs' current reports filters the view
-- itself and starts from deal_reports_pair_idx; joining the view back to deal_reports for the key
-- made PostgreSQL's generic plan hash the whole table on every save (measured by `npm run bench`).
CREATE OR REPLACE VIEW "current_deal_reports" AS
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
       a.id AS article_id, a.url, e.title, e.published, e.extractor_version, e.id AS extraction_id,
       r.pair_key, r.evidence_start
FROM deal_reports r
JOIN extractions e ON e.id = r.extraction_id AND e.is_current
JOIN articles a ON a.id = e.article_id
LEFT JOIN organizations bo ON bo.id = r.buyer_id
LEFT JOIN organizations po ON po.id = r.provider_id;
