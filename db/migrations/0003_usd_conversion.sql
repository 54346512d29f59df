-- dealdb_usd: an amount in US dollars at the monthly average rate of its day's month (fx_rates). A month
-- the rates do not cover takes the latest month before it (or, before the data, the first one)
-- and says so with fx_estimated. One row always: a null amount converts to null.
CREATE FUNCTION "dealdb_usd"(p_amount numeric, p_currency text, p_day date)
RETURNS TABLE (amount_usd numeric, fx_rate numeric, fx_month date, fx_estimated boolean)
LANGUAGE sql STABLE AS $$
  SELECT CASE WHEN p_amount IS NULL THEN NULL
              WHEN p_currency = 'USD' THEN p_amount
              ELSE round(p_amount / f.units_per_usd, 6) END,
         CASE WHEN p_amount IS NULL THEN NULL WHEN p_currency = 'USD' THEN 1 ELSE f.units_per_usd END,
         CASE WHEN p_amount IS NULL THEN NULL
              WHEN p_currency = 'USD' THEN date_trunc('month', p_day)::date
              ELSE f.month END,
         coalesce(p_amount IS NOT NULL AND p_currency <> 'USD'
                  AND f.month IS DISTINCT FROM date_trunc('month', p_day)::date, false)
  FROM (SELECT date_trunc('month', coalesce(p_day, 'infinity'::date))::date AS wanted) w
  LEFT JOIN LATERAL (
    SELECT x.units_per_usd, x.month FROM fx_rates x
    WHERE x.currency = p_currency AND p_currency <> 'USD'
    ORDER BY x.month <= w.wanted DESC, CASE WHEN x.month <= w.wanted THEN x.month END DESC, x.month
    LIMIT 1
  ) f ON true
$$;
--> statement-breakpoint
-- Each organization's family: its root in the gazetteer (AWS -> Amazon). Deal reports are matched
-- by the families of their buyer and provider.
CREATE VIEW "organization_families" AS
WITH RECURSIVE up(id, root, parent, depth) AS (
  SELECT id, id, parent_id, 0 FROM organizations
  UNION ALL
  SELECT up.id, p.id, p.parent_id, up.depth + 1 FROM up JOIN organizations p ON p.id = up.parent WHERE up.depth < 16
)
SELECT id, root AS family_id FROM up WHERE parent IS NULL;
