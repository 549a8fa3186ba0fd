-- Per account of a daily follower history: the latest followers, the largest day-to-day gain (lag), what the
-- account lost over the 10 days after that gain, the span of days, and a rough flag. {{input}} and {{output}} are
-- filled in by score.js. Accounts come out in the order they first appear in the file, as influaudit writes them.
COPY (
  WITH day AS (
    SELECT
      handle,
      date,
      followers,
      row_number() OVER () AS n,
      followers - lag(followers) OVER (PARTITION BY handle ORDER BY date) AS gain,
      min(followers) OVER (PARTITION BY handle ORDER BY date ROWS BETWEEN CURRENT ROW AND 10 FOLLOWING) AS low_after
    FROM read_csv('{{input}}', header = true)
  ),
  account AS (
    SELECT
      handle,
      min(n) AS first_row,
      arg_max(followers, date) AS followers,
      max(gain) AS largest_gain,
      arg_max(date, gain) AS gain_date,
      arg_max(followers - low_after, gain) AS loss_after_gain,
      min(date) AS first_day,
      max(date) AS last_day,
      date_diff('day', min(date), max(date)) + 1 AS span_days
    FROM day
    GROUP BY handle
  )
  SELECT
    handle,
    followers,
    largest_gain,
    gain_date,
    loss_after_gain,
    span_days,
    CASE
      WHEN largest_gain > 0.05 * followers AND loss_after_gain > 0.02 * followers THEN 'spike-then-drop'
      WHEN largest_gain > 0.05 * followers THEN 'spike'
      ELSE 'ok'
    END AS growth
  FROM account
  ORDER BY first_row
) TO '{{output}}' (FORMAT csv, HEADER true);
