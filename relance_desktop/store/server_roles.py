"""People and roles of a company on a team server, enforced by the server itself.

Each company database gets three group roles (``NOLOGIN``), named after the database:

- ``relance_<db>_admin``: everything (people, settings, rates, texts); owns the schema, so an
  administrator can also update it to a newer version of Relance;
- ``relance_<db>_collector``: reads everything; adds and changes the working records (calls,
  promises, letters, payments, customers, invoices), deletes only what the work needs to
  (a draft call, a claim, a payment entered by mistake…); never touches the company's settings,
  texts, dunning scenarios or people;
- ``relance_<db>_reader``: reads only (an accountant, a manager).

A person is a PostgreSQL login (``LOGIN``) that is a member of one of them. Every statement here
is composed with :mod:`psycopg2.sql` (``Identifier`` / ``Literal``): nothing typed by a user is
ever pasted into SQL, and a password is sent already hashed (SCRAM), never in clear.
"""

from __future__ import annotations

import hashlib
import logging
import re
from enum import StrEnum
from typing import Any

from psycopg2 import sql

log = logging.getLogger(__name__)


class Role(StrEnum):
    ADMIN = "admin"
    COLLECTOR = "collector"
    READER = "reader"


# What only an administrator changes; a collector reads it.
ADMIN_ONLY = frozenset({
    "company", "user", "template", "dunning_scenario", "dunning_step", "dunning_rule",
    "import_profile", "schema_version",
})
# Where a collector's work deletes rows (a claim given back, a draft call dropped, a contact or
# a payment entered by mistake, a stop or a scenario choice lifted, a task replaced; the
# customers' summary computed again after a dispute or an import, and the import's pause).
COLLECTOR_DELETES = frozenset({
    "claim", "interaction", "contact", "payment", "dunning_stop", "dunning_choice", "task",
    "customer_summary", "customer_summary_pause",
})
# A collector's first sign-in adds its own row to ``user`` (never changes the others).
USER_COLUMNS = ("name", "email", "phone", "active", "login")

LOGIN_PATTERN = re.compile(r"^[a-z_][a-z0-9_.-]{0,62}$")


def group_names(database: str) -> dict[Role, str]:
    """The three group roles of a company database (within PostgreSQL's 63 characters)."""
    base = re.sub(r"[^a-z0-9_]", "_", database.lower())[:36]
    if base != database:  # two names that fold alike still get different roles
        base = f"{base}_{hashlib.sha1(database.encode()).hexdigest()[:6]}"
    return {role: f"relance_{base}_{role.value}" for role in Role}


def _run(cursor: Any, statement: sql.Composable | str, params: Any = None) -> Any:
    cursor.execute(statement, params)
    return cursor


def _existing(cursor: Any, names: dict[Role, str]) -> dict[Role, str]:
    rows = _run(cursor, "SELECT rolname FROM pg_roles WHERE rolname = ANY(%s)",
                (list(names.values()),)).fetchall()
    found = {r[0] for r in rows}
    return {role: name for role, name in names.items() if name in found}


def has_groups(cursor: Any, database: str) -> bool:
    return len(_existing(cursor, group_names(database))) == len(Role)


def create_groups(cursor: Any, database: str) -> dict[Role, str]:
    """Create the three group roles (those missing), let them connect and use the schema,
    and make the login creating the company an administrator. Needs ``CREATEROLE``."""
    names = group_names(database)
    have = _existing(cursor, names)
    for role, name in names.items():
        if role not in have:
            _run(cursor, sql.SQL("CREATE ROLE {} NOLOGIN").format(sql.Identifier(name)))
    everyone = sql.SQL(", ").join(sql.Identifier(n) for n in names.values())
    _run(cursor, sql.SQL("GRANT CONNECT, TEMPORARY ON DATABASE {} TO {}").format(
        sql.Identifier(database), everyone))
    _run(cursor, sql.SQL("GRANT USAGE ON SCHEMA public TO {}").format(everyone))
    _run(cursor, sql.SQL("GRANT CREATE ON SCHEMA public TO {}").format(
        sql.Identifier(names[Role.ADMIN])))
    _run(cursor, sql.SQL("GRANT {} TO CURRENT_USER").format(sql.Identifier(names[Role.ADMIN])))
    # Installing a trusted extension (the trigram search of migration 6) as the group needs
    # CREATE on the database, which only its owner can give: without it, the plain search stays.
    _run(cursor, "SAVEPOINT relance_admin_create")
    try:
        _run(cursor, sql.SQL("GRANT CREATE ON DATABASE {} TO {}").format(
            sql.Identifier(database), sql.Identifier(names[Role.ADMIN])))
    except Exception as exc:
        log.info("the administrators may not create in the database: %s", type(exc).__name__)
        _run(cursor, "ROLLBACK TO SAVEPOINT relance_admin_create")
    _run(cursor, "RELEASE SAVEPOINT relance_admin_create")
    return names


def act_as_owner(cursor: Any, database: str) -> bool:
    """For the rest of the transaction, create objects as the administrators' group (so that
    any administrator can update the schema later). False when this login cannot."""
    admin = group_names(database)[Role.ADMIN]
    row = _run(cursor, "SELECT pg_has_role(current_user, oid, 'MEMBER') FROM pg_roles "
               "WHERE rolname = %s", (admin,)).fetchone()
    if not row or not row[0]:
        return False
    _run(cursor, sql.SQL("SET LOCAL ROLE {}").format(sql.Identifier(admin)))
    return True


def apply_grants(cursor: Any, database: str) -> None:
    """The grants of the three groups on every table and view of the company (again after each
    schema update: the same result however often it runs)."""
    names = group_names(database)
    admin, collector, reader = (sql.Identifier(names[r]) for r in Role)
    rows = _run(cursor, "SELECT c.relname, c.relkind FROM pg_class c JOIN pg_namespace n ON "
                "n.oid = c.relnamespace WHERE n.nspname = current_schema() "
                "AND c.relkind IN ('r', 'v', 'p') ORDER BY c.relname").fetchall()
    for table, kind in rows:
        name = sql.Identifier(table)
        _run(cursor, sql.SQL("REVOKE ALL ON TABLE {} FROM {}, {}").format(name, collector, reader))
        _run(cursor, sql.SQL("GRANT ALL ON TABLE {} TO {}").format(name, admin))
        _run(cursor, sql.SQL("GRANT SELECT ON TABLE {} TO {}, {}").format(name, collector, reader))
        if kind == "v" or table in ADMIN_ONLY:
            continue
        rights = "INSERT, UPDATE, DELETE" if table in COLLECTOR_DELETES else "INSERT, UPDATE"
        _run(cursor, sql.SQL("GRANT " + rights + " ON TABLE {} TO {}").format(name, collector))
    if any(table == "user" for table, _kind in rows):
        _run(cursor, sql.SQL("GRANT INSERT ({}) ON TABLE {} TO {}").format(
            sql.SQL(", ").join(sql.Identifier(c) for c in USER_COLUMNS), sql.Identifier("user"),
            collector))
    _run(cursor, sql.SQL("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {}, {}")
         .format(admin, collector))


def role_of_current_login(cursor: Any, database: str) -> Role:
    """What the login connected may do: a superuser, the owner of the database or a member of
    the administrators' group administers; a company created without groups (no right to
    create roles) is run by its owner, who administers; otherwise collector or reader."""
    row = _run(cursor, "SELECT r.rolsuper OR pg_has_role(current_user, d.datdba, 'MEMBER') "
               "FROM pg_roles r, pg_database d WHERE r.rolname = current_user "
               "AND d.datname = current_database()").fetchone()
    if row and row[0]:
        return Role.ADMIN
    names = group_names(database)
    member = {r[0] for r in _run(
        cursor, "SELECT rolname FROM pg_roles WHERE rolname = ANY(%s) "
        "AND pg_has_role(current_user, oid, 'MEMBER')", (list(names.values()),)).fetchall()}
    for role in Role:  # the highest first
        if names[role] in member:
            return role
    return Role.READER


def people(cursor: Any, database: str) -> list[tuple[str, Role, bool]]:
    """Every login that is a member of one of the groups: (login, its highest role, whether it
    may sign in), by login."""
    names = group_names(database)
    found: dict[str, tuple[Role, bool]] = {}
    for role in reversed(Role):  # a higher role replaces a lower one
        rows = _run(cursor, "SELECT m.rolname, m.rolcanlogin FROM pg_auth_members a "
                    "JOIN pg_roles g ON g.oid = a.roleid JOIN pg_roles m ON m.oid = a.member "
                    "WHERE g.rolname = %s", (names[role],)).fetchall()
        for login, can_login in rows:
            found[login] = (role, bool(can_login))
    return [(login, *found[login]) for login in sorted(found)]


def create_login(cursor: Any, connection: Any, login: str, password: str) -> None:
    """A new PostgreSQL login; the password leaves this computer hashed (SCRAM)."""
    from psycopg2.extensions import encrypt_password

    hashed = encrypt_password(password, login, connection, "scram-sha-256")
    _run(cursor, sql.SQL("CREATE ROLE {} LOGIN PASSWORD {}").format(
        sql.Identifier(login), sql.Literal(hashed)))


def set_role(cursor: Any, database: str, login: str, role: Role) -> None:
    """Make ``login`` a member of ``role``'s group only (administrators may add people)."""
    names = group_names(database)
    who = sql.Identifier(login)
    for other, name in names.items():
        if other is not role:
            _run(cursor, sql.SQL("REVOKE {} FROM {}").format(sql.Identifier(name), who))
    _run(cursor, sql.SQL("GRANT {} TO {}").format(sql.Identifier(names[role]), who))
    extra = "CREATEROLE" if role is Role.ADMIN else "NOCREATEROLE"
    _run(cursor, sql.SQL("ALTER ROLE {} " + extra).format(who))


def set_login_allowed(cursor: Any, login: str, allowed: bool) -> None:
    """Let a person sign in again, or not any more (their history stays, under their name)."""
    word = "LOGIN" if allowed else "NOLOGIN"
    _run(cursor, sql.SQL("ALTER ROLE {} " + word).format(sql.Identifier(login)))
