-- Per account of a roster: engagement rate, follow ratio, tier by follower bands, and a rough verdict against the
-- median engagement rate of the account's tier. {{input}} and {{output}} are filled in by score.js. Accounts come
-- out in file order, as influaudit writes them: row_number() and ORDER BY restore it after the join, and the CTE is
-- MATERIALIZED so that the file is read once (without it DuckDB read it twice).
COPY (
  WITH account AS MATERIALIZED (
    SELECT
      row_number() OVER () AS n,
      handle,
      platform,
      followers,
      ("avg likes" + "avg comments") / nullif(followers, 0) * 100 AS engagement_rate,
      following / nullif(followers, 0) AS follow_ratio,
      CASE
        WHEN followers < 10000 THEN 'nano'
        WHEN followers < 100000 THEN 'micro'
        WHEN followers < 1000000 THEN 'macro'
        ELSE 'mega'
      END AS tier
    FROM read_csv('{{input}}', header = true)
  ),
  tier_norm AS (
    SELECT tier, median(engagement_rate) AS median_rate FROM account GROUP BY tier
  )
  SELECT
    a.handle,
    a.platform,
    a.followers,
    a.tier,
    round(a.engagement_rate, 2) AS engagement_rate,
    round(a.follow_ratio, 2) AS follow_ratio,
    CASE
      WHEN a.engagement_rate < n.median_rate / 4 OR a.follow_ratio > 0.8 THEN 'likely-fake'
      WHEN a.engagement_rate < n.median_rate / 2 THEN 'suspicious'
      ELSE 'authentic'
    END AS verdict
  FROM account a JOIN tier_norm n USING (tier)
  ORDER BY a.n
) TO '{{output}}' (FORMAT csv, HEADER true);
