"""The queries of Today's call queue (:mod:`services.queue`), both engines.

Each reads what it names in bulk: one query per table, none per customer; « call-backs » and
« to call » are ranked, cut and counted here, a page at a time.
"""

CUSTOMERS_SQL = """
SELECT id, name, kind, phone, mobile, call_hours, written_only, archived, country, assigned_to_id
FROM customer
"""
# What is overdue per customer and currency, from the customers' summary (store.summary): still
# due, Σ(still due × the due date as a day number), the earliest due date.
OVERDUE_SQL = """
SELECT o.customer_id, o.currency, o.cents, o.days, o.oldest FROM ({overdue}) o
"""
# The latest call of each customer (not a draft, not corrected, not in the future).
LAST_CALL_SQL = """
SELECT x.customer_id, x.occurred_at, COALESCE(u.name, '') AS who, x.outcome
FROM (SELECT i.customer_id, i.occurred_at, i.user_id, i.outcome, ROW_NUMBER() OVER (
          PARTITION BY i.customer_id ORDER BY i.occurred_at DESC, i.id DESC) AS n
      FROM interaction i
      WHERE i.kind = 'call' AND i.draft = 0 AND i.occurred_at <= :now {customers}
        AND NOT EXISTS (SELECT 1 FROM interaction c WHERE c.corrects_id = i.id)) x
LEFT JOIN "user" u ON u.id = x.user_id
WHERE x.n = 1
"""
# Customers called today (their latest call, as LAST_CALL_SQL reads it, is today's).
CALLED_TODAY_SQL = """
SELECT i.customer_id FROM interaction i
WHERE i.kind = 'call' AND i.draft = 0 AND i.occurred_at >= :start AND i.occurred_at <= :now
  AND i.customer_id IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM interaction c WHERE c.corrects_id = i.id)
"""
# « To call », ranked and cut in the database: Σ(still due × days overdue) per customer, read from
# the customers' summary as :t × still due − Σ(still due × due day), the customers whose hours
# are open first ({rank}), a page at a time; ``total`` counts them all.
# The customers owing are read first, then each one's card (CROSS JOIN: in that order on SQLite,
# 1M invoices: 100 ms instead of 130 ms reading the 50,000 cards first).
# Left out: a customer the rules in Python set aside ({excluded}: few), one with an open
# call-back or payment check (due: in a higher section; later: not to call today), a payment
# plan being kept, or a call made today.
TO_CALL_SQL = """
WITH owed AS ({overdue})
SELECT o.customer_id, :t * o.cents - o.days AS score, COUNT(*) OVER () AS total
FROM owed o CROSS JOIN customer c
WHERE c.id = o.customer_id AND c.written_only = 0 AND c.archived = 0
  AND o.customer_id NOT IN ({excluded}){owners}
  AND o.customer_id NOT IN (SELECT t.customer_id FROM task t WHERE t.done_at IS NULL
      AND t.kind IN ('call_back', 'check_payment') AND t.customer_id IS NOT NULL)
  AND o.customer_id NOT IN ({plans_kept})
  AND o.customer_id NOT IN ({called_today})
ORDER BY {rank}score DESC, c.search_key, LOWER(c.name), o.customer_id
{limit}
"""
# « Call-backs », ranked and cut in the database: the earliest open call-back due by the end of
# today of each customer not written to only and not in « broken promises » ({excluded}: few),
# the customers whose hours are open first ({rank}), then the earliest; ``total`` counts them.
# The open call-backs are read through their partial index (migration 14).
CALL_BACKS_SQL = """
WITH due AS (
    SELECT t.customer_id, MIN(t.due_at) AS due_at FROM task t
    WHERE t.done_at IS NULL AND t.kind = 'call_back' AND t.due_at < :tomorrow
    GROUP BY t.customer_id)
SELECT d.customer_id, d.due_at, COUNT(*) OVER () AS total
FROM due d JOIN customer c ON c.id = d.customer_id
WHERE c.written_only = 0 AND d.customer_id NOT IN ({excluded}){owners}
ORDER BY {rank}d.due_at, c.search_key, LOWER(c.name), d.customer_id
{limit}
"""
# Which call-back each row of a page is: of a customer's open ones due at the earliest time, the
# first made.
CALL_BACK_TASKS_SQL = """
SELECT t.customer_id, t.due_at, MIN(t.id) AS id FROM task t
WHERE t.done_at IS NULL AND t.kind = 'call_back' AND t.customer_id IN ({customers})
GROUP BY t.customer_id, t.due_at
"""
# The distinct (hours, country) of the customers that may be called: few, whatever the size
# (read through the index of migration 14, without reading the customers).
HOURS_SQL = """
SELECT DISTINCT call_hours, country FROM customer WHERE written_only = 0
"""
# The customers the rules look at in Python: a promise not kept or still running, an open task
# following an instalment, a payment check due (few, whatever the size of the file).
FEW_SQL = """
SELECT customer_id FROM promise WHERE status IN ('open', 'broken', 'partial')
UNION
SELECT customer_id FROM task WHERE done_at IS NULL AND kind IN ('call_back', 'check_payment')
  AND (instalment_id IS NOT NULL OR (kind = 'check_payment' AND due_at < :tomorrow))
"""
# Their open tasks due by the end of today or following up a promise.
TASKS_SQL = """
SELECT id, customer_id, kind, due_at, promise_id, instalment_id, amount_cents FROM task
WHERE done_at IS NULL AND kind IN ('call_back', 'check_payment')
  AND (due_at < :tomorrow OR promise_id IS NOT NULL) AND customer_id IN ({customers})
"""
# Which of them have an open task to come (not to call today).
TASKS_TO_COME_SQL = """
SELECT DISTINCT customer_id FROM task
WHERE done_at IS NULL AND kind IN ('call_back', 'check_payment') AND due_at >= :tomorrow
  AND customer_id IN ({customers})
"""
PROMISES_SQL = """
SELECT id, customer_id, status, promised_on, grace_days, amount_cents, paid_cents, currency
FROM promise WHERE status IN ('open', 'broken', 'partial')
"""
CALLED_BACK_SQL = """
SELECT DISTINCT promise_id FROM task
WHERE kind = 'call_back' AND done_at IS NOT NULL
  AND promise_id IN (SELECT id FROM promise WHERE status IN ('broken', 'partial'))
"""
PLANS_KEPT_SQL = """
SELECT DISTINCT p.customer_id FROM payment_plan p
WHERE p.status = 'active' AND p.customer_id IS NOT NULL AND NOT EXISTS (
    SELECT 1 FROM instalment i WHERE i.plan_id = p.id
    AND (i.status = 'late' OR (i.status != 'paid' AND i.due_on < :late_before)))
"""
INSTALMENTS_SQL = """
SELECT i.id, i.due_on, i.amount_cents, p.currency FROM instalment i
JOIN payment_plan p ON p.id = i.plan_id
WHERE i.id IN (SELECT instalment_id FROM task WHERE done_at IS NULL AND instalment_id IS NOT NULL)
"""
